using CaseWork.Domain.Calendar;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Journal;

/// <summary>
/// A journalanteckning. Written as a draft, then signed; a signed note is never changed or deleted. A mistake is
/// put right by a new note that points at the one it corrects.
/// </summary>
public class JournalNote
{
    public const int MaxTextLength = 8000;

    private JournalNote()
    {
        AuthorId = string.Empty;
        Text = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    public string AuthorId { get; private set; }

    public JournalNoteKind Kind { get; private set; }

    /// <summary>When what the note records happened (may be earlier than when it was written).</summary>
    public DateOnly EventDate { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset WrittenAt { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>The signed note this one corrects, when it is a correction.</summary>
    public Guid? CorrectsNoteId { get; private set; }

    public bool IsSigned => SignedAt is not null;

    public static JournalNote Write(Guid applicantId, string authorId, JournalNoteKind kind, DateOnly eventDate, string text, DateTimeOffset now, DateOnly today)
    {
        var note = new JournalNote
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            AuthorId = authorId,
            Kind = kind,
            WrittenAt = now,
        };
        note.Change(eventDate, text, today);
        return note;
    }

    /// <summary>A new note that corrects a signed one; the original stays as it was written.</summary>
    public static JournalNote CorrectionOf(JournalNote original, string authorId, string text, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(original);
        if (!original.IsSigned)
        {
            throw new DomainException(JournalRuleCodes.CorrectsUnsignedNote);
        }

        var note = Write(original.ApplicantId, authorId, original.Kind, original.EventDate, text, now, today);
        note.CorrectsNoteId = original.Id;
        return note;
    }

    public void Change(DateOnly eventDate, string text, DateOnly today)
    {
        if (IsSigned)
        {
            throw new DomainException(JournalRuleCodes.AlreadySigned);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(JournalRuleCodes.TextMissing);
        }

        if (text.Length > MaxTextLength)
        {
            throw new DomainException(JournalRuleCodes.TextTooLong);
        }

        PlausibleDates.EnsureHappened(eventDate, today, JournalRuleCodes.EventInFuture, JournalRuleCodes.EventTooEarly);

        EventDate = eventDate;
        Text = text.Trim();
    }

    public void Sign(DateTimeOffset now)
    {
        if (IsSigned)
        {
            throw new DomainException(JournalRuleCodes.AlreadySigned);
        }

        SignedAt = now;
    }
}
