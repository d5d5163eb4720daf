namespace CaseWork.Web.Pages.Journal;

/// <summary>Which form field a journal refusal belongs beside: the note's form and the objection's.</summary>
public static class JournalRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        JournalRuleCodes.TextMissing or JournalRuleCodes.TextTooLong => "Input.Text",
        JournalRuleCodes.EventInFuture or JournalRuleCodes.EventTooEarly => "Input.EventDate",
        JournalRuleCodes.ObjectionTextMissing or JournalRuleCodes.ObjectionTextTooLong => "ObjectionText",
        JournalRuleCodes.ObjectionReceivedInFuture or JournalRuleCodes.ObjectionReceivedBeforeNote => "ObjectionReceivedOn",
        _ => string.Empty,
    };
}
