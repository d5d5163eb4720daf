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
    public bool IsSanctionForAttendance => IsSanction(Attendance, Decision);

    /// <summary>
    /// The month's facts as recorded. Every rule of <see cref="BreachesOf"/> must hold; a refusal names the first
    /// one broken.
    /// </summary>
    public static MonthlyCheck Record(Guid applicantId, string authorId, MonthlyCheckFacts facts, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (BreachesOf(facts, today) is [var first, ..])
        {
            throw new DomainException(first);
        }

        var month = FirstOfMonth(facts.Month!.Value);
        return new MonthlyCheck
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            Month = month,
            Attendance = facts.Attendance!.Value,
            DaysAttended = DaysOf(facts),
            JobApplications = facts.JobApplications!.Value,
            Decision = facts.Decision!.Value,
            DecisionText = Clean(facts.DecisionText),
            Comment = Clean(facts.Comment),
            AuthorId = authorId,
            RecordedAt = now,
        };
    }

    /// <summary>
    /// Every rule of a monthly check that the facts break, in the form's order: the one statement of the rules, so
    /// that a form shows all its errors after one submit (a fact not given is a breach of its own, never a default:
    /// the decision in particular is the worker's explicit choice every month).
    /// </summary>
    public static IReadOnlyList<string> BreachesOf(MonthlyCheckFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var breaches = new List<string>();
        if (facts.Month is not { } month)
        {
            breaches.Add(FollowUpRuleCodes.MonthMissing);
        }
        else if (FirstOfMonth(month) > FirstOfMonth(today))
        {
            breaches.Add(FollowUpRuleCodes.MonthInFuture);
        }

        if (facts.Attendance is Attendance.Partly && facts.DaysAttended is null)
        {
            breaches.Add(FollowUpRuleCodes.DaysMissing);
        }
        else if (facts.Attendance is not (Attendance.No or Attendance.NotApplicable)
            && facts.DaysAttended is { } days && (days < 0 || days > DaysIn(facts.Month)))
        {
            breaches.Add(FollowUpRuleCodes.DaysOutOfRange);
        }

        if (facts.JobApplications is not { } applications)
        {
            breaches.Add(FollowUpRuleCodes.ApplicationsMissing);
        }
        else if (applications is < 0 or > MaxJobApplications)
        {
            breaches.Add(FollowUpRuleCodes.ApplicationsOutOfRange);
        }

        if (facts.Attendance is null)
        {
            breaches.Add(FollowUpRuleCodes.AttendanceMissing);
        }

        if (facts.Decision is null)
        {
            breaches.Add(FollowUpRuleCodes.DecisionMissing);
        }
        else if (facts.Decision != AidDecision.Granted && string.IsNullOrWhiteSpace(facts.DecisionText))
        {
            breaches.Add(FollowUpRuleCodes.DecisionTextMissing);
        }

        if (facts.DecisionText?.Length > MaxTextLength || facts.Comment?.Length > MaxTextLength)
        {
            breaches.Add(FollowUpRuleCodes.TextTooLong);
        }

        return breaches;
    }

    /// <summary>A reduction or refusal when attendance was partial or missing: saved only after Jobbtorg's report or the worker's confirmation.</summary>
    public static bool IsSanction(Attendance? attendance, AidDecision? decision) =>
        decision is AidDecision.Reduced or AidDecision.Refused && attendance is Attendance.Partly or Attendance.No;

    public void WrittenInJournalAs(Guid journalNoteId) => JournalNoteId = journalNoteId;

    /// <summary>Days are needed when attendance was partial, allowed when it was full, and meaningless otherwise.</summary>
    private static int? DaysOf(MonthlyCheckFacts facts) => facts.Attendance switch
    {
        Attendance.No => 0,
        Attendance.NotApplicable => null,
        _ => facts.DaysAttended,
    };

    private static int DaysIn(DateOnly? month) => month is { } m ? DateTime.DaysInMonth(m.Year, m.Month) : 31;

    private static DateOnly FirstOfMonth(DateOnly day) => new(day.Year, day.Month, 1);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the social worker records about a month; a fact not (validly) given is null, which a rule refuses.</summary>
public sealed record MonthlyCheckFacts(
    DateOnly? Month,
    Attendance? Attendance,
    int? DaysAttended,
    int? JobApplications,
    AidDecision? Decision,
    string? DecisionText,
    string? Comment)
{
    /// <summary>A sanction for attendance, which wants Jobbtorg's attendance report or the worker's confirmation.</summary>
    public bool IsSanctionForAttendance => MonthlyCheck.IsSanction(Attendance, Decision);
}
