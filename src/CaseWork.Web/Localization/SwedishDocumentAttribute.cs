using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseWork.Web.Localization;

/// <summary>
/// Renders a page in Swedish whatever language the user chose: documents written for a Swedish committee. The culture
/// is set for the rest of the request, so names, numbers and dates from the shared resources come out in Swedish too.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SwedishDocumentAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        var swedish = CultureInfo.GetCultureInfo(Cultures.Swedish);
        CultureInfo.CurrentCulture = swedish;
        CultureInfo.CurrentUICulture = swedish;
        await next();
    }
}
