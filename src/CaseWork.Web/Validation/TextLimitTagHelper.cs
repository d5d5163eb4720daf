using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseWork.Web.Validation;

/// <summary>
/// A text field shows its limit as maxlength, taken from the form's own validator (the rule's MaximumLength, so from
/// the same constant the server checks); a textarea also gets the counter's text ("{0} av {1} tecken"), which
/// site.js's countCharacters shows live.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed class TextLimitTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    private const string ForAttribute = "asp-for";

    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (For?.Metadata is not { PropertyName: { } property, ContainerType: { } container } || output.Attributes.ContainsName("maxlength")
            || (output.TagName == "input" && output.Attributes.TryGetAttribute("type", out var type) && type.Value?.ToString() is not ("text" or "email" or "tel" or "search")))
        {
            return;
        }

        if (ViewContext.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(container)) is not IValidator validator)
        {
            return;
        }

        var max = validator.CreateDescriptor().GetValidatorsForMember(property)
            .Select(v => v.Validator).OfType<ILengthValidator>().Where(v => v.Max > 0).Select(v => (int?)v.Max).Min();
        if (max is not { } limit)
        {
            return;
        }

        output.Attributes.SetAttribute("maxlength", limit.ToString(CultureInfo.InvariantCulture));
        if (output.TagName == "textarea")
        {
            output.Attributes.SetAttribute("data-counter-format", localizer["{0} of {1} characters", "{0}", "{1}"].Value);
        }
    }
}
