namespace CaseWork.Domain.Journal;

/// <summary>The refusals of the journal rules (notes and objections to them), as stable codes that the UI translates.</summary>
public static class JournalRuleCodes
{
    public const string AlreadySigned = "journal.already-signed";
    public const string TextMissing = "journal.text-missing";
    public const string TextTooLong = "journal.text-too-long";
    public const string EventInFuture = "journal.event-in-future";
    public const string EventTooEarly = "journal.event-too-early";
    public const string CorrectsUnsignedNote = "journal.corrects-unsigned-note";
    public const string ObjectionNoteNotSigned = "objection.note-not-signed";
    public const string ObjectionTextMissing = "objection.text-missing";
    public const string ObjectionTextTooLong = "objection.text-too-long";
    public const string ObjectionReceivedInFuture = "objection.received-in-future";
    public const string ObjectionReceivedBeforeNote = "objection.received-before-note";
}
