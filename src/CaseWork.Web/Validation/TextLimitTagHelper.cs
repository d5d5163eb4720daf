using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FluentValidation.Validators;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace CaseWork.Web.Validation;

/// <summary>
/// A text field shows its limit as maxlength, taken from the form's own validator (the rule's MaximumLength, so from
/// the same constant the server checks); a textarea also gets the counter's text ("{0} av {1} tecken"), which
/// site.js's countCharacters shows live. A field of a row in a list (a plan's subgoals and their activities) has no
/// validator of its own: its limit is found by following the field's full name ("Input.Subgoals[0].Activities[1].What")
/// from the page's validator down through the child validators (<c>SetValidator</c>, <c>ChildRules</c>).
/// </summary>
[HtmlTargetElement("input", Attributes = ForAttribute)]
[HtmlTargetElement("textarea", Attributes = ForAttribute)]
public sealed partial class TextLimitTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    private const string ForAttribute = "asp-for";

    private static readonly ConcurrentDictionary<(Type Page, string Field), int?> NestedLimits = new();

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

        if ((Registered(container) is { } validator ? LimitOf(validator, property) : NestedLimit(container, property)) is not { } limit)
        {
            return;
        }

        output.Attributes.SetAttribute("maxlength", limit.ToString(CultureInfo.InvariantCulture));
        if (output.TagName == "textarea")
        {
            output.Attributes.SetAttribute("data-counter-format", localizer["{0} of {1} characters", "{0}", "{1}"].Value);
        }
    }

    private static int? LimitOf(IValidator validator, string property) =>
        validator.CreateDescriptor().GetValidatorsForMember(property)
            .Select(v => v.Validator).OfType<ILengthValidator>().Where(v => v.Max > 0).Select(v => (int?)v.Max).Min();

    /// <summary>
    /// The limit of a field in a row of a list, kept per page and field (indexes left out): the rules are the same for
    /// every row and request, and finding them makes the child validators.
    /// </summary>
    private int? NestedLimit(Type container, string property)
    {
        if (ViewContext.ActionDescriptor is not CompiledPageActionDescriptor { ModelTypeInfo: { } page })
        {
            return null;
        }

        var path = Indexes().Replace(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name), string.Empty);
        return NestedLimits.GetOrAdd((page.AsType(), path), _ => Nested(page.AsType(), path, container) is { } validator ? LimitOf(validator, property) : null);
    }

    private IValidator? Registered(Type model) =>
        ViewContext.HttpContext.RequestServices.GetService(typeof(IValidator<>).MakeGenericType(model)) as IValidator;

    /// <summary>
    /// The validator that a registered validator uses for <paramref name="container"/>, found along the field's full
    /// name from the page's model: each step is a property, and from the first registered validator on, the child
    /// validator of that property (for a list, of its items).
    /// </summary>
    private IValidator? Nested(Type page, string path, Type container)
    {
        Type? model = page;
        IValidator? validator = null;
        foreach (var member in path.Split('.')[..^1])
        {
            if (validator is { } parent)
            {
                (validator, model) = Child(parent, member);
            }
            else
            {
                model = ItemType(model?.GetProperty(member)?.PropertyType);
                validator = model is null ? null : Registered(model);
            }

            if (model is null)
            {
                return null;
            }
        }

        return model == container ? validator : null;
    }

    /// <summary>The child validator a rule sets for a member (its items' validator for a list), and the type it validates.</summary>
    private static (IValidator? Validator, Type? Model) Child(IValidator parent, string member)
    {
        var adaptor = parent.CreateDescriptor().GetValidatorsForMember(member).Select(v => v.Validator).OfType<IChildValidatorAdaptor>().FirstOrDefault();
        // ChildValidatorAdaptor<T, TProperty>.GetValidator(ValidationContext<T>, TProperty): a validator made by a
        // factory ((plan, subgoal) => ...) is made for a new, empty parent; only its rules are read.
        if (adaptor?.GetType().GetMethod(nameof(ChildValidatorAdaptor<object, object>.GetValidator)) is not { } getValidator
            || getValidator.GetParameters() is not [{ ParameterType: { IsGenericType: true } contextType }, { ParameterType: var itemType }])
        {
            return (null, null);
        }

        var parentType = contextType.GetGenericArguments()[0];
        var instance = parentType.GetConstructor(Type.EmptyTypes) is null ? null : Activator.CreateInstance(parentType);
        var context = Activator.CreateInstance(contextType, [instance]);
        return (getValidator.Invoke(adaptor, [context, null]) as IValidator, itemType);
    }

    /// <summary>The item type of a list, or the type itself.</summary>
    private static Type? ItemType(Type? type) =>
        type is null || type == typeof(string) ? type
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0] ?? type;

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Indexes();
}
