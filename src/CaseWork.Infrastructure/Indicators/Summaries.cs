namespace CaseWork.Infrastructure.Indicators;

// The summary tables behind the dashboards. Counts only, no personal data; rebuilt by IndicatorSummaryRefresher.
// Each row is one month of one unit; docs/indicators.md says which month each count is keyed on.

/// <summary>Households on aid per month, unit and reason: indicators 1, 2, 5 and the plan and check shares of 6.</summary>
public sealed class AidMonthSummary
{
    public DateOnly Month { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public AidReason Reason { get; init; }

    /// <summary>Aid paid in the month.</summary>
    public int HouseholdsPaid { get; init; }

    public int AdultsPaid { get; init; }

    /// <summary>Aid paid in at least one of the 12 months ending with the month.</summary>
    public int HouseholdsAid12 { get; init; }

    public int AdultsAid12 { get; init; }

    /// <summary>Aid paid in at least ten of the 12 months ending with the month.</summary>
    public int HouseholdsLongTerm12 { get; init; }

    public int AdultsLongTerm12 { get; init; }

    /// <summary>Paid in the month, and the month's check recorded by the month's last day.</summary>
    public int HouseholdsCheckOnTime { get; init; }

    /// <summary>Paid in the month, with a current, individual plan with subgoals at the month's end.</summary>
    public int HouseholdsCurrentPlan { get; init; }
}

/// <summary>Jobbtorg referrals per month and unit: indicators 3, 4 and the job-plan and Resurs figures of 6.</summary>
public sealed class ReferralMonthSummary
{
    public DateOnly Month { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    /// <summary>Keyed on the first visit's month: participants enrolled.</summary>
    public int Enrolled { get; init; }

    public int EnrolledSentBack12 { get; init; }

    public int EnrolledWorkOrStudies12 { get; init; }

    /// <summary>Keyed on the first visit's month: first job plans whose deadline has come.</summary>
    public int JobPlansDue { get; init; }

    public int JobPlansOnTime { get; init; }

    /// <summary>Keyed on the closure's month: long-term recipients closed to work or studies (indicator 4).</summary>
    public int ClosedLongTermToWork { get; init; }

    public long ClosedLongTermToWorkDays { get; init; }

    /// <summary>At the month's end: Resurs places held and referrals waiting in the queue.</summary>
    public int ResursHeld { get; init; }

    public int ResursQueued { get; init; }
}

/// <summary>Interventions per start month, unit and intervention type: indicator 7.</summary>
public sealed class InterventionMonthSummary
{
    public DateOnly Month { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public int InterventionTypeId { get; init; }

    public int Started { get; init; }

    public int WorkOrStudies6 { get; init; }

    public int WorkOrStudies12 { get; init; }
}

/// <summary>One run of the summary refresh: the dashboards say "as of" its end.</summary>
public sealed class SummaryRefresh
{
    public long Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    public int DurationMs { get; init; }

    public DateOnly FirstMonth { get; init; }

    public DateOnly LastMonth { get; init; }

    public required string Trigger { get; init; }

    /// <summary>The day the refresh judged "today" by; null on refreshes from before incremental refreshes.</summary>
    public DateOnly? CountedOn { get; init; }

    /// <summary>Whether every figure was rebuilt, or only the slices whose records changed since the last refresh.</summary>
    public bool Full { get; init; }

    /// <summary>The months a refresh counted; before the first refresh, none.</summary>
    public static CountedMonths Counted(SummaryRefresh? refresh) =>
        refresh is null ? CountedMonths.Nothing : new CountedMonths(refresh.FirstMonth, refresh.LastMonth);
}

/// <summary>
/// One applicant on aid in the refresh's window, as the last refresh saw them: where they were counted and their
/// months as bit masks (bit i is month @first − 11 + i, as in <see cref="IndicatorSummarySql"/>). The aid summary is
/// the sum of these rows, so an incremental refresh recomputes only the rows of changed applicants and re-adds the
/// (district, month) slices whose sums they change; the cases behind an aid figure are read from here.
/// </summary>
public sealed class AidFact
{
    public Guid ApplicantId { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public AidReason Reason { get; init; }

    public int Adults { get; init; }

    public long PaidBits { get; init; }

    public long CheckedBits { get; init; }

    public long PlannedBits { get; init; }
}

/// <summary>
/// One applicant's part of one month's Jobbtorg counts (<see cref="ReferralMonthSummary"/>), as the last refresh saw it.
/// The referral summary is the sum of these rows, so an incremental refresh recomputes the changed applicants' rows and
/// adds the difference to the summary (ADR 0020).
/// </summary>
public sealed class ReferralFact
{
    public Guid ApplicantId { get; init; }

    public DateOnly Month { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public int Enrolled { get; init; }

    public int EnrolledSentBack12 { get; init; }

    public int EnrolledWorkOrStudies12 { get; init; }

    public int JobPlansDue { get; init; }

    public int JobPlansOnTime { get; init; }

    public int ClosedLongTermToWork { get; init; }

    public long ClosedLongTermToWorkDays { get; init; }

    public int ResursHeld { get; init; }

    public int ResursQueued { get; init; }
}

/// <summary>One applicant's part of one month's intervention counts (<see cref="InterventionMonthSummary"/>), as <see cref="ReferralFact"/>.</summary>
public sealed class InterventionFact
{
    public Guid ApplicantId { get; init; }

    public DateOnly Month { get; init; }

    public int InterventionTypeId { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public int Started { get; init; }

    public int WorkOrStudies6 { get; init; }

    public int WorkOrStudies12 { get; init; }
}

/// <summary>
/// A change to the records an indicator counts, written by database triggers in the same transaction as the change
/// (ADR 0020): the applicant concerned and, when known, their district. The next refresh takes these rows. Retention
/// notes only the district (the person's id must not outlive the deletion), and the refresh recounts all of it.
/// </summary>
public sealed class IndicatorChange
{
    public long Id { get; init; }

    public Guid? ApplicantId { get; init; }

    public int? DistrictId { get; init; }
}

/// <summary>
/// A work-plan version judged by the domain's quality rules once, when the refresh first sees it (versions never
/// change): whether its goal is individual and it has subgoals, and the dates it is valid between.
/// </summary>
public sealed class PlanVersionQuality
{
    public long VersionId { get; init; }

    public DateOnly ValidFrom { get; init; }

    public DateOnly ValidTo { get; init; }

    public bool IndividualWithSubgoals { get; init; }
}
