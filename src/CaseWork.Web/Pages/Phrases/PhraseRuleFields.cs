namespace CaseWork.Web.Pages.Phrases;

/// <summary>Which form field a phrase refusal belongs beside.</summary>
public static class PhraseRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        PhraseRuleCodes.TitleMissing or PhraseRuleCodes.TitleTooLong => "Input.Title",
        PhraseRuleCodes.TextMissing or PhraseRuleCodes.TextTooLong or PhraseRuleCodes.TextNotTyped => "Input.Text",
        PhraseRuleCodes.UnitPhraseKeptByUnitHead => "Input.ForUnit",
        _ => string.Empty,
    };
}
