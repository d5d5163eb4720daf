namespace CaseWork.Web.Pages.Referrals;

/// <summary>Everything the referral page shows, read in one query.</summary>
public sealed class ReferralView : ReferralMilestones
{
    public Guid Id { get; init; }

    public string ApplicantName { get; init; } = string.Empty;

    public string JobCentre { get; init; } = string.Empty;

    public int DistrictId { get; init; }

    public string? ReferredBy { get; init; }

    public string Reason { get; init; } = string.Empty;

    public int WorkCapacityPercent { get; init; }

    public string? Languages { get; init; }

    public string? PlanExpectations { get; init; }

    /// <summary>What the coach wrote that the job plan says; the deeper plan's likewise.</summary>
    public string? JobPlanContent { get; init; }

    public string? DeeperJobPlanContent { get; init; }

    public bool ConsentGiven { get; init; }

    public DateOnly ConsentRecordedOn { get; init; }

    public ConsentScope ConsentScope { get; init; }

    public ReferralClosureReason? ClosureReason { get; init; }

    public string? ClosureNote { get; init; }

    public bool PlaceGrantedFromQueue { get; init; }

    public bool PlaceNoticeAcknowledged { get; init; }

    public int? QueuePosition { get; init; }

    public uint Version { get; init; }

    public List<InterventionRow> Interventions { get; init; } = [];

    public List<AttendanceRow> Attendance { get; init; } = [];

    public bool IsClosed => ClosedOn is not null;

    public ReferralConsent Consent => ConsentGiven ? new ReferralConsent(true, ConsentRecordedOn, ConsentScope) : ReferralConsent.Refused(ConsentRecordedOn);

    /// <summary>The place came from the queue and the referring worker has not yet said they saw it.</summary>
    public bool ShowsPlaceNotice => PlaceGrantedFromQueue && !PlaceNoticeAcknowledged && !IsClosed;

    public int? EnrolmentDays(DateOnly today) => FirstVisitOn is { } first ? (ClosedOn ?? today).DayNumber - first.DayNumber : null;

    public sealed record InterventionRow(string Type, InterventionCategory Category, DateOnly StartOn, DateOnly? EndOn, InterventionOutcome? Outcome, string? Note);

    public sealed record AttendanceRow(DateOnly Month, int DaysAttended, int DaysExpected);
}
