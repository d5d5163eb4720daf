using CaseWork.Domain.Applicants;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.FollowUps;

/// <summary>
/// Månadsuppföljning with the month's aid application: did the applicant follow the plan, and what was decided.
/// One per applicant and month; recorded once and not changed (a mistake is corrected in the journal).
/// </summary>
public class MonthlyCheck
{
    public const int MaxTextLength = 4000;
    public const int MaxJobApplications = 500;

    private MonthlyCheck()
    {
        AuthorId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>The first day of the month followed up.</summary>
    public DateOnly Month { get; private set; }

    public Attendance Attendance { get; private set; }

    public int? DaysAttended { get; private set; }

    public int JobApplications { get; private set; }

    public AidDecision Decision { get; private set; }

    public string? DecisionText { get; private set; }

    public string? Comment { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The signed journal note that records this check.</summary>
    public Guid JournalNoteId { get; private set; }

    /// <summary>A reduction or refusal because the applicant did not attend: the page wants Jobbtorg's report first.</summary>
    public bool IsSanctionForAttendance =>
        Decision is AidDecision.Reduced or AidDecision.Refused && Attendance is Attendance.Partly or Attendance.No;

    public static MonthlyCheck Record(Guid applicantId, string authorId, MonthlyCheckFacts facts, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var month = new DateOnly(facts.Month.Year, facts.Month.Month, 1);
        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            throw new DomainException(FollowUpRuleCodes.MonthInFuture);
        }

        var days = CheckDays(facts, month);
        if (facts.JobApplications is < 0 or > MaxJobApplications)
        {
            throw new DomainException(FollowUpRuleCodes.ApplicationsOutOfRange);
        }

        if (facts.Decision != AidDecision.Granted && string.IsNullOrWhiteSpace(facts.DecisionText))
        {
            throw new DomainException(FollowUpRuleCodes.DecisionTextMissing);
        }

        if (facts.DecisionText?.Length > MaxTextLength || facts.Comment?.Length > MaxTextLength)
        {
            throw new DomainException(FollowUpRuleCodes.TextTooLong);
        }

        return new MonthlyCheck
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            Month = month,
            Attendance = facts.Attendance,
            DaysAttended = days,
            JobApplications = facts.JobApplications,
            Decision = facts.Decision,
            DecisionText = Clean(facts.DecisionText),
            Comment = Clean(facts.Comment),
            AuthorId = authorId,
            RecordedAt = now,
        };
    }

    public void WrittenInJournalAs(Guid journalNoteId) => JournalNoteId = journalNoteId;

    /// <summary>Days are needed when attendance was partial, allowed when it was full, and meaningless otherwise.</summary>
    private static int? CheckDays(MonthlyCheckFacts facts, DateOnly month)
    {
        if (facts.Attendance is Attendance.No)
        {
            return 0;
        }

        if (facts.Attendance is Attendance.NotApplicable)
        {
            return null;
        }

        if (facts.DaysAttended is null)
        {
            return facts.Attendance is Attendance.Partly ? throw new DomainException(FollowUpRuleCodes.DaysMissing) : null;
        }

        if (facts.DaysAttended < 0 || facts.DaysAttended > DateTime.DaysInMonth(month.Year, month.Month))
        {
            throw new DomainException(FollowUpRuleCodes.DaysOutOfRange);
        }

        return facts.DaysAttended;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the social worker records about a month.</summary>
public sealed record MonthlyCheckFacts(
    DateOnly Month,
    Attendance Attendance,
    int? DaysAttended,
    int JobApplications,
    AidDecision Decision,
    string? DecisionText,
    string? Comment);
