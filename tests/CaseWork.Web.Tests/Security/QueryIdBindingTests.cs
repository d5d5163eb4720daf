using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// A record a page acts on is named in its route (<c>[FromRoute]</c>, ADR 0014), never in the query string: an id bound
/// with <c>[BindProperty(SupportsGet = true)]</c> or <c>[FromQuery]</c> is the defect class of issue 14 (a query field
/// overriding what the scope check judged). Read by reflection over the pages, so a page added later is covered.
/// A list's position is a <see cref="CaseWork.Web.Cases.KeysetCursor"/> (text), not an id.
/// </summary>
public class QueryIdBindingTests
{
    [Fact]
    public void NoPageModel_BindsAGuidFromTheQuery()
    {
        var offenders = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (Page: t, Property: p)))
            .Where(x => x.Property.PropertyType == typeof(Guid) || x.Property.PropertyType == typeof(Guid?))
            .Where(x => BoundFromQuery(x.Page, x.Property))
            .Select(x => $"{x.Page.Name}.{x.Property.Name}")
            .ToList();

        offenders.ShouldBeEmpty("ids bound from the query string; put them in the page's route with [FromRoute]: " + string.Join(", ", offenders));
    }

    private static bool BoundFromQuery(Type page, PropertyInfo property)
    {
        var bind = property.GetCustomAttribute<BindPropertyAttribute>();
        var all = page.GetCustomAttribute<BindPropertiesAttribute>();
        return property.GetCustomAttribute<FromQueryAttribute>() is not null
            || bind?.SupportsGet == true
            || (bind is null && all?.SupportsGet == true);
    }
}
