using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseWork.Web.Validation;

/// <summary>
/// Marks an invalid field for assistive technology: aria-invalid, and aria-describedby pointing at its message.
/// The message element (asp-validation-for) gets the matching id.
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("select", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
[HtmlTargetElement("span", Attributes = ValidationForAttribute)]
public sealed class FieldStateTagHelper : TagHelper
{
    private const string ForAttribute = "asp-for";
    private const string ValidationForAttribute = "asp-validation-for";

    // Run after the built-in tag helpers so that the id they generate is known.
    public override int Order => 1000;

    [HtmlAttributeName(ForAttribute)]
    public ModelExpression? For { get; set; }

    [HtmlAttributeName(ValidationForAttribute)]
    public ModelExpression? ValidationFor { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var expression = For ?? ValidationFor;
        if (expression is null)
        {
            return;
        }

        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(expression.Name);
        var id = TagBuilder.CreateSanitizedId(name, "_");
        if (ValidationFor is not null)
        {
            output.Attributes.SetAttribute("id", id + "-error");
            return;
        }

        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var hints = output.Attributes.TryGetAttribute("aria-describedby", out var existing) ? existing.Value + " " : string.Empty;
            output.Attributes.SetAttribute("aria-describedby", hints + id + "-error");
        }
    }
}
