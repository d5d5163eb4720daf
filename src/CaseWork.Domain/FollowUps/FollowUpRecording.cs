using CaseWork.Domain.Applicants;
using CaseWork.Domain.Journal;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.FollowUps;

/// <summary>
/// What recording a follow-up changes beyond the follow-up itself. A monthly check decides the month's aid on the
/// applicant; a talk moves the active plan's next follow-up. Both are written in the journal as a signed note in
/// Swedish (<see cref="FollowUpRecordText"/>), which the follow-up points at. The caller adds the follow-up and the
/// returned note and saves them together.
/// </summary>
public static class FollowUpRecording
{
    public static JournalNote RecordMonthlyCheck(MonthlyCheck check, Applicant applicant, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(applicant);
        if (applicant.Id != check.ApplicantId)
        {
            throw new ArgumentException("The check belongs to another applicant.", nameof(applicant));
        }

        applicant.RecordAidMonth(check.Month.Year, check.Month.Month, check.Decision, today);
        return WriteInJournal(check.ApplicantId, check.AuthorId, JournalNoteKind.MonthlyCheck, today, FollowUpRecordText.Of(check), check.WrittenInJournalAs, now, today);
    }

    /// <summary>The talk's note; the applicant's active plan, if there is one, is next followed up when the talk said.</summary>
    public static JournalNote RecordTalk(FollowUpTalk talk, WorkPlan? activePlan, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(talk);
        if (activePlan is not null && activePlan.ApplicantId != talk.ApplicantId)
        {
            throw new ArgumentException("The plan belongs to another applicant.", nameof(activePlan));
        }

        var note = WriteInJournal(talk.ApplicantId, talk.AuthorId, talk.JournalKind, talk.HeldOn, FollowUpRecordText.Of(talk), talk.WrittenInJournalAs, now, today);
        activePlan?.MoveNextFollowUp(talk.NextFollowUpOn, now);
        return note;
    }

    private static JournalNote WriteInJournal(
        Guid applicantId, string authorId, JournalNoteKind kind, DateOnly eventDate, string text, Action<Guid> writtenAs, DateTimeOffset now, DateOnly today)
    {
        var note = JournalNote.Write(applicantId, authorId, kind, eventDate, text, now, today);
        note.Sign(now);
        writtenAs(note.Id);
        return note;
    }
}
