namespace CaseWork.Web.Validation;

/// <summary>Shape rules for free text that several forms share.</summary>
public static class TextRules
{
    /// <summary>No &lt; or &gt;: a name or label is never markup.</summary>
    public static IRuleBuilderOptions<T, string?> NoMarkup<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(l);
        return rule.Must(text => text is null || text.IndexOfAny(['<', '>']) < 0).WithMessage(l["The text may not contain < or >."]);
    }
}
