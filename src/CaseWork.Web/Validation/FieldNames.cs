using System.Reflection;

namespace CaseWork.Web.Validation;

/// <summary>
/// Every validation message can name its field ("Efternamn får ha högst 100 tecken."): FluentValidation's
/// {PropertyName} is the field's label, the [Display] name that the form's label shows, in the request's language
/// (validators are made per request). A message text holds {PropertyName} where the field's name belongs; a field
/// without a [Display] name is "Fältet" ("This field"), never the property's name in code.
/// </summary>
public static class FieldNames
{
    public static void Use(IStringLocalizerFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var localizer = factory.Create(typeof(SharedResource));
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) =>
            member?.GetCustomAttribute<DisplayAttribute>()?.Name is { } name ? localizer[name].Value : localizer["This field"].Value;
    }
}
