using CaseWork.Domain.Journal;

namespace CaseWork.Web.Pages.Journal;

/// <summary>Which form field a journal refusal belongs beside: the note's form and the objection's.</summary>
public static class JournalRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        JournalNote.TextMissing or JournalNote.TextTooLong => "Input.Text",
        JournalNote.EventInFuture or JournalNote.EventTooEarly => "Input.EventDate",
        NoteObjection.TextMissing or NoteObjection.TextTooLong => "ObjectionText",
        NoteObjection.ReceivedInFuture or NoteObjection.ReceivedBeforeNote => "ObjectionReceivedOn",
        _ => string.Empty,
    };
}
