using CaseWork.Domain.Calendar;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Referrals;

/// <summary>
/// A remiss from the district to Jobbtorg and the participant's whole enrolment there: each step dated, from sent
/// to closed. Jobbtorg Resurs referrals also hold a place of their district or wait in its queue.
/// </summary>
public class Referral
{
    public const int MinimumWorkCapacityForJobbtorg = 50;
    public const int MaxTextLength = 4000;

    private readonly List<AttendanceReport> _attendance = [];
    private readonly List<ReferralIntervention> _interventions = [];

    private Referral()
    {
        ReferredById = string.Empty;
        Reason = string.Empty;
        Consent = ReferralConsent.Refused(default);
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>The referring district; Resurs places are counted per district.</summary>
    public int DistrictId { get; private set; }

    public int JobCentreId { get; private set; }

    public ReferralProgram Program { get; private set; }

    public string ReferredById { get; private set; }

    public string Reason { get; private set; }

    /// <summary>How much the applicant can work, in percent of full time.</summary>
    public int WorkCapacityPercent { get; private set; }

    public string? Languages { get; private set; }

    /// <summary>What the work plan wants from Jobbtorg.</summary>
    public string? PlanExpectations { get; private set; }

    public ReferralConsent Consent { get; private set; }

    public DateOnly SentOn { get; private set; }

    public DateOnly? ReceivedOn { get; private set; }

    public DateOnly? FirstVisitOn { get; private set; }

    /// <summary>The first job plan, which covers the first four weeks.</summary>
    public DateOnly? JobPlanOn { get; private set; }

    /// <summary>What the first job plan says, as the coach wrote it: the social worker reads it beside the work plan.</summary>
    public string? JobPlanContent { get; private set; }

    /// <summary>The first job plan's deadline, kept with the referral so that lists can find late ones in SQL.</summary>
    public DateOnly? JobPlanDueOn { get; private set; }

    public DateOnly? DeeperJobPlanOn { get; private set; }

    /// <summary>What the deeper job plan says.</summary>
    public string? DeeperJobPlanContent { get; private set; }

    public DateOnly? JointFollowUpOn { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public ReferralClosureReason? ClosureReason { get; private set; }

    public string? ClosureNote { get; private set; }

    /// <summary>Resurs: when the referral joined its district's queue (first come, first served).</summary>
    public DateTimeOffset? QueuedAt { get; private set; }

    /// <summary>Resurs: when the referral got a place.</summary>
    public DateOnly? PlaceGrantedOn { get; private set; }

    /// <summary>Resurs: the place came from the queue, so the referring worker must be told.</summary>
    public bool PlaceGrantedFromQueue { get; private set; }

    public DateTimeOffset? PlaceNoticeAcknowledgedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<AttendanceReport> Attendance => _attendance.AsReadOnly();

    public IReadOnlyList<ReferralIntervention> Interventions => _interventions.AsReadOnly();

    public bool IsClosed => ClosedOn is not null;

    public bool HoldsPlace => Program == ReferralProgram.Resurs && PlaceGrantedOn is not null && !IsClosed;

    public bool IsQueued => Program == ReferralProgram.Resurs && PlaceGrantedOn is null && !IsClosed;

    public ReferralStatus Status => ReferralStatusOf(ClosedOn, FirstVisitOn, ReceivedOn, Program, PlaceGrantedOn);

    /// <summary>Enrolment time: first visit to closure (or to today while enrolled).</summary>
    public int? EnrolmentDays(DateOnly today) =>
        FirstVisitOn is { } first ? (ClosedOn ?? today).DayNumber - first.DayNumber : null;

    public static ReferralStatus ReferralStatusOf(DateOnly? closedOn, DateOnly? firstVisitOn, DateOnly? receivedOn, ReferralProgram program, DateOnly? placeGrantedOn) =>
        closedOn is not null ? ReferralStatus.Closed
        : firstVisitOn is not null ? ReferralStatus.Enrolled
        : program == ReferralProgram.Resurs && placeGrantedOn is null ? ReferralStatus.Queued
        : receivedOn is not null ? ReferralStatus.Received
        : ReferralStatus.Sent;

    public static Referral Send(ReferralRequest request, string referredById, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(request);
        var minimum = request.Program == ReferralProgram.Jobbtorg ? MinimumWorkCapacityForJobbtorg : 1;
        if (request.WorkCapacityPercent is < 1 or > 100)
        {
            throw new DomainException(ReferralRuleCodes.WorkCapacityOutOfRange);
        }

        if (request.WorkCapacityPercent < minimum)
        {
            throw new DomainException(ReferralRuleCodes.WorkCapacityTooLow);
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            throw new DomainException(ReferralRuleCodes.ReasonMissing);
        }

        NotInFuture(request.SentOn, today);
        ArgumentNullException.ThrowIfNull(request.Consent);
        request.Consent.EnsureValid(today);
        return new Referral
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = request.ApplicantId,
            DistrictId = request.DistrictId,
            JobCentreId = request.JobCentreId,
            Program = request.Program,
            ReferredById = referredById,
            Reason = request.Reason.Trim(),
            WorkCapacityPercent = request.WorkCapacityPercent,
            Languages = Trimmed(request.Languages),
            PlanExpectations = Trimmed(request.PlanExpectations),
            Consent = request.Consent,
            SentOn = request.SentOn,
            CreatedAt = now,
        };
    }

    public void RecordConsent(ReferralConsent consent, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(consent);
        consent.EnsureValid(today);
        Consent = consent;
    }

    public void Receive(DateOnly on, DateOnly today)
    {
        EnsureOpen();
        NotInFuture(on, today);
        if (ReceivedOn is not null)
        {
            throw new DomainException(ReferralRuleCodes.AlreadyReceived);
        }

        if (on < SentOn)
        {
            throw new DomainException(ReferralRuleCodes.ReceivedBeforeSent);
        }

        ReceivedOn = on;
    }

    public void RecordFirstVisit(DateOnly on, DateOnly today)
    {
        EnsureOpen();
        NotInFuture(on, today);
        if (ReceivedOn is not { } received)
        {
            throw new DomainException(ReferralRuleCodes.NotReceived);
        }

        if (on < received)
        {
            throw new DomainException(ReferralRuleCodes.FirstVisitBeforeReceived);
        }

        if (IsQueued)
        {
            throw new DomainException(ReferralRuleCodes.WaitingForPlace);
        }

        if (JobPlanOn is { } plan && plan < on)
        {
            throw new DomainException(ReferralRuleCodes.JobPlanBeforeFirstVisit);
        }

        FirstVisitOn = on;
        JobPlanDueOn = JobPlanDeadline.JobPlanDue(on);
    }

    /// <summary>Records the first job plan: the day it was made and what it says.</summary>
    public void RecordJobPlan(DateOnly on, string? content, DateOnly today)
    {
        var first = RequireFirstVisit(on, today);
        if (on < first)
        {
            throw new DomainException(ReferralRuleCodes.JobPlanBeforeFirstVisit);
        }

        JobPlanContent = PlanContent(content);
        JobPlanOn = on;
    }

    /// <summary>Records the deeper job plan: the day it was made and what it says.</summary>
    public void RecordDeeperJobPlan(DateOnly on, string? content, DateOnly today)
    {
        RequireFirstVisit(on, today);
        if (JobPlanOn is not { } plan)
        {
            throw new DomainException(ReferralRuleCodes.NoJobPlan);
        }

        if (on < plan)
        {
            throw new DomainException(ReferralRuleCodes.DeeperPlanBeforeJobPlan);
        }

        DeeperJobPlanContent = PlanContent(content);
        DeeperJobPlanOn = on;
    }

    /// <summary>A job plan is recorded with what it says, so that the social worker need not ask the coach for it.</summary>
    private static string PlanContent(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new DomainException(ReferralRuleCodes.JobPlanContentMissing);
        }

        var trimmed = content.Trim();
        if (trimmed.Length > MaxTextLength)
        {
            throw new DomainException(ReferralRuleCodes.JobPlanContentTooLong);
        }

        return trimmed;
    }

    public void RecordJointFollowUp(DateOnly on, DateOnly today)
    {
        var first = RequireFirstVisit(on, today);
        if (on < first)
        {
            throw new DomainException(ReferralRuleCodes.JointFollowUpBeforeFirstVisit);
        }

        JointFollowUpOn = on;
    }

    public bool IsJobPlanLate(DateOnly today) => FirstVisitOn is { } first && JobPlanDeadline.IsJobPlanLate(first, JobPlanOn, today);

    /// <summary>Records (or corrects) the month's attendance report from Jobbtorg.</summary>
    public AttendanceReport ReportAttendance(DateOnly month, int daysAttended, int daysExpected, string reportedById, DateTimeOffset now, DateOnly today)
    {
        var first = FirstVisitOn ?? throw new DomainException(ReferralRuleCodes.NoFirstVisit);
        var firstOfMonth = new DateOnly(month.Year, month.Month, 1);
        NotInFuture(firstOfMonth, today);
        if (firstOfMonth.AddMonths(1) <= first)
        {
            throw new DomainException(ReferralRuleCodes.AttendanceBeforeFirstVisit);
        }

        var days = DateTime.DaysInMonth(month.Year, month.Month);
        if (daysExpected < 0 || daysExpected > days || daysAttended < 0 || daysAttended > daysExpected)
        {
            throw new DomainException(ReferralRuleCodes.AttendanceOutOfRange);
        }

        var report = _attendance.SingleOrDefault(a => a.Month == firstOfMonth);
        if (report is null)
        {
            report = new AttendanceReport(Id, ApplicantId, firstOfMonth);
            _attendance.Add(report);
        }

        report.Change(daysAttended, daysExpected, reportedById, now);
        return report;
    }

    public ReferralIntervention StartIntervention(int interventionTypeId, DateOnly start, DateOnly? end, DateOnly today)
    {
        EnsureOpen();
        var first = RequireFirstVisit(start, today);
        if (start < first)
        {
            throw new DomainException(ReferralRuleCodes.InterventionBeforeFirstVisit);
        }

        var intervention = new ReferralIntervention(Id, interventionTypeId, start);
        intervention.Change(start, end, outcome: null, note: null);
        _interventions.Add(intervention);
        return intervention;
    }

    /// <summary>
    /// Records how an intervention ended. An intervention is part of the enrolment, which ends with the referral: one
    /// left open at the closure may still be ended afterwards, but on the closure date at the latest, so that nothing in
    /// the referral's record is dated after its closure (domain.md, access by need).
    /// </summary>
    public void EndIntervention(Guid interventionId, DateOnly end, InterventionOutcome outcome, string? note, DateOnly today)
    {
        NotInFuture(end, today);
        if (ClosedOn is { } closed && end > closed)
        {
            throw new DomainException(ReferralRuleCodes.InterventionEndsAfterClosure);
        }

        var intervention = _interventions.SingleOrDefault(i => i.Id == interventionId)
            ?? throw new DomainException(ReferralRuleCodes.InterventionNotFound);
        intervention.Change(intervention.StartOn, end, outcome, Trimmed(note));
    }

    public void Close(DateOnly on, ReferralClosureReason? reason, string? note, DateOnly today)
    {
        EnsureOpen();
        NotInFuture(on, today);
        if (reason is null)
        {
            throw new DomainException(ReferralRuleCodes.ClosureReasonMissing);
        }

        if (reason is ReferralClosureReason.SentBack or ReferralClosureReason.Other && string.IsNullOrWhiteSpace(note))
        {
            throw new DomainException(ReferralRuleCodes.ClosureNoteMissing);
        }

        if (FirstVisitOn is { } first && on < first)
        {
            throw new DomainException(ReferralRuleCodes.ClosedBeforeFirstVisit);
        }

        if (on < SentOn)
        {
            throw new DomainException(ReferralRuleCodes.ClosedBeforeSent);
        }

        ClosedOn = on;
        ClosureReason = reason;
        ClosureNote = Trimmed(note);
    }

    /// <summary>Resurs: the referral takes a free place of its district.</summary>
    public void GrantPlace(DateOnly on, bool fromQueue)
    {
        if (Program != ReferralProgram.Resurs)
        {
            throw new DomainException(ReferralRuleCodes.NotResurs);
        }

        EnsureOpen();
        if (PlaceGrantedOn is not null)
        {
            throw new DomainException(ReferralRuleCodes.PlaceAlreadyGranted);
        }

        PlaceGrantedOn = on;
        PlaceGrantedFromQueue = fromQueue;
    }

    /// <summary>Resurs: no place is free, so the referral waits its turn.</summary>
    public void JoinQueue(DateTimeOffset now)
    {
        if (Program != ReferralProgram.Resurs)
        {
            throw new DomainException(ReferralRuleCodes.NotResurs);
        }

        EnsureOpen();
        if (PlaceGrantedOn is not null)
        {
            throw new DomainException(ReferralRuleCodes.PlaceAlreadyGranted);
        }

        QueuedAt ??= now;
    }

    public void AcknowledgePlaceNotice(DateTimeOffset now) => PlaceNoticeAcknowledgedAt ??= now;

    private DateOnly RequireFirstVisit(DateOnly on, DateOnly today)
    {
        EnsureOpen();
        NotInFuture(on, today);
        return FirstVisitOn ?? throw new DomainException(ReferralRuleCodes.NoFirstVisit);
    }

    private void EnsureOpen()
    {
        if (IsClosed)
        {
            throw new DomainException(ReferralRuleCodes.AlreadyClosed);
        }
    }

    private static void NotInFuture(DateOnly date, DateOnly today) =>
        PlausibleDates.EnsureHappened(date, today, ReferralRuleCodes.DateInFuture, ReferralRuleCodes.DateTooEarly);

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>What the social worker fills in when referring an applicant to Jobbtorg.</summary>
public sealed record ReferralRequest(
    Guid ApplicantId,
    int DistrictId,
    int JobCentreId,
    ReferralProgram Program,
    string Reason,
    int WorkCapacityPercent,
    string? Languages,
    string? PlanExpectations,
    ReferralConsent Consent,
    DateOnly SentOn);
