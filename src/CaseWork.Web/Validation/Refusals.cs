using System.Reflection;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CaseWork.Web.Validation;

/// <summary>
/// The one way a domain refusal reaches the form: its code is the resource key of the message, and the feature's
/// field map (<c>&lt;Feature&gt;RuleFields.FieldFor</c>) names the input it belongs beside. A field the page's form
/// does not hold (a feature's map serves all its forms), or no field, puts the message at the head of the summary.
/// </summary>
public static class Refusals
{
    public static void AddRefusal(
        this PageModel page, DomainException refusal, IStringLocalizer localizer, Func<string, string>? fieldMap = null, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(refusal);
        ArgumentNullException.ThrowIfNull(localizer);
        page.AddBreach(refusal.Message, localizer, fieldMap, arguments);
    }

    /// <summary>
    /// Rules that the domain checks all at once (a feature's <c>BreachesOf</c>), so that the form shows every error
    /// after one submit: each code as <see cref="AddRefusal"/> puts one refusal. False when there was any.
    /// </summary>
    public static bool AddBreaches(this PageModel page, IEnumerable<string> codes, IStringLocalizer localizer, Func<string, string>? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(localizer);
        var any = false;
        foreach (var code in codes)
        {
            page.AddBreach(code, localizer, fieldMap);
            any = true;
        }

        return !any;
    }

    /// <summary>One rule's code beside a field the caller names (a row of a list), as <see cref="AddRefusal"/> puts a refusal.</summary>
    public static void AddBreachAt(this PageModel page, string code, string field, IStringLocalizer localizer) =>
        page.AddBreach(code, localizer, _ => field);

    private static void AddBreach(this PageModel page, string code, IStringLocalizer localizer, Func<string, string>? fieldMap, params object[] arguments)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(localizer);
        var field = fieldMap?.Invoke(code) ?? string.Empty;
        var property = PropertyAt(page.GetType(), field);
        page.ModelState.AddOnce(property is null ? string.Empty : field, MessageOf(code, property, localizer, arguments));
    }

    /// <summary>The resource key of a refusal's text that names its field, {0} being the field's label.</summary>
    public static string NamedKey(string code) => code + ".named";

    /// <summary>
    /// A refusal about a field's value names the field ("Händelsedatum ligger för långt tillbaka i tiden …") where the
    /// resources hold the code's naming text and the field has a label; otherwise the code's own text. One code can
    /// serve several fields, so the field, not the code, gives the name.
    /// </summary>
    private static string MessageOf(string code, PropertyInfo? property, IStringLocalizer localizer, object[] arguments)
    {
        if (property?.GetCustomAttribute<DisplayAttribute>()?.Name is { } label
            && localizer[NamedKey(code), localizer[label].Value] is { ResourceNotFound: false } named)
        {
            return named;
        }

        return localizer[code, arguments];
    }

    /// <summary>
    /// Runs the domain's change; a refusal goes to the form as <see cref="AddRefusal"/> puts it, and the answer is
    /// false, so that the page draws the form again.
    /// </summary>
    public static bool DomainAccepts(this PageModel page, Action change, IStringLocalizer localizer, Func<string, string>? fieldMap = null)
    {
        ArgumentNullException.ThrowIfNull(change);
        try
        {
            change();
            return true;
        }
        catch (DomainException refusal)
        {
            page.AddRefusal(refusal, localizer, fieldMap);
            return false;
        }
    }

    /// <summary>As the other <see cref="DomainAccepts(PageModel, Action, IStringLocalizer, Func{string, string}?)"/>, for a domain call that makes something.</summary>
    public static bool DomainAccepts<T>(
        this PageModel page, Func<T> make, IStringLocalizer localizer, Func<string, string>? fieldMap, [MaybeNullWhen(false)] out T made)
    {
        ArgumentNullException.ThrowIfNull(make);
        var result = default(T);
        var accepted = page.DomainAccepts(() => result = make(), localizer, fieldMap);
        made = result;
        return accepted;
    }

    /// <summary>Adds the message unless the field already has one: one message per field is enough.</summary>
    public static void AddOnce(this ModelStateDictionary modelState, string key, string message)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (!modelState.TryGetValue(key, out var entry) || entry.Errors.Count == 0)
        {
            modelState.AddModelError(key, message);
        }
    }

    /// <summary>The property the model-state key ("Input.Actions[2].OwnerId") names on the page; null when it names none.</summary>
    private static PropertyInfo? PropertyAt(Type page, string key)
    {
        if (key.Length == 0)
        {
            return null;
        }

        var type = page;
        PropertyInfo? property = null;
        foreach (var part in key.Split('.'))
        {
            var indexed = part.IndexOf('[', StringComparison.Ordinal);
            property = type.GetProperty(indexed < 0 ? part : part[..indexed]);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (indexed >= 0)
            {
                type = ElementOf(type);
            }
        }

        return property;
    }

    private static Type ElementOf(Type list) =>
        list.IsArray ? list.GetElementType()!
        : list.GetInterfaces().Append(list)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
        ?? typeof(object);
}
