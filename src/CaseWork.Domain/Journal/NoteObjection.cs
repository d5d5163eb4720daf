using CaseWork.Domain.Calendar;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Journal;

/// <summary>
/// The applicant's objection to what a signed note says (invändning), recorded by the social worker and attached to
/// the note. The note itself stays as written; the objection is shown with it wherever the note is read.
/// </summary>
public class NoteObjection
{
    public const int MaxTextLength = 4000;

    private NoteObjection()
    {
        Text = RecordedById = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid NoteId { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>What the applicant objects to, in their words as far as possible.</summary>
    public string Text { get; private set; }

    /// <summary>When the applicant made the objection.</summary>
    public DateOnly ReceivedOn { get; private set; }

    public string RecordedById { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public static NoteObjection Record(JournalNote note, string? text, DateOnly receivedOn, string recordedById, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(note);
        if (!note.IsSigned)
        {
            throw new DomainException(JournalRuleCodes.ObjectionNoteNotSigned);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException(JournalRuleCodes.ObjectionTextMissing);
        }

        if (text.Trim().Length > MaxTextLength)
        {
            throw new DomainException(JournalRuleCodes.ObjectionTextTooLong);
        }

        if (receivedOn > today)
        {
            throw new DomainException(JournalRuleCodes.ObjectionReceivedInFuture);
        }

        if (receivedOn < note.WrittenAt.DateInSweden())
        {
            throw new DomainException(JournalRuleCodes.ObjectionReceivedBeforeNote);
        }

        return new NoteObjection
        {
            Id = Guid.CreateVersion7(now),
            NoteId = note.Id,
            ApplicantId = note.ApplicantId,
            Text = text.Trim(),
            ReceivedOn = receivedOn,
            RecordedById = recordedById,
            RecordedAt = now,
        };
    }
}
