namespace CaseWork.Domain.Indicators;

/// <summary>One month's aid counts for a unit, a district or several (they add up).</summary>
public sealed record AidCounts(
    long HouseholdsPaid,
    long AdultsPaid,
    long HouseholdsAid12,
    long AdultsAid12,
    long HouseholdsLongTerm12,
    long AdultsLongTerm12,
    long HouseholdsCheckOnTime,
    long HouseholdsCurrentPlan)
{
    public static AidCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public static AidCounts operator +(AidCounts a, AidCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.HouseholdsPaid + b.HouseholdsPaid, a.AdultsPaid + b.AdultsPaid, a.HouseholdsAid12 + b.HouseholdsAid12,
            a.AdultsAid12 + b.AdultsAid12, a.HouseholdsLongTerm12 + b.HouseholdsLongTerm12, a.AdultsLongTerm12 + b.AdultsLongTerm12,
            a.HouseholdsCheckOnTime + b.HouseholdsCheckOnTime, a.HouseholdsCurrentPlan + b.HouseholdsCurrentPlan);
    }
}

/// <summary>One month's referral counts; each is keyed on its own month (docs/indicators.md).</summary>
public sealed record ReferralCounts(
    long Enrolled,
    long EnrolledSentBack12,
    long EnrolledWorkOrStudies12,
    long JobPlansDue,
    long JobPlansOnTime,
    long ClosedLongTermToWork,
    long ClosedLongTermToWorkDays,
    long ResursHeld,
    long ResursQueued)
{
    public static ReferralCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static ReferralCounts operator +(ReferralCounts a, ReferralCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(
            a.Enrolled + b.Enrolled, a.EnrolledSentBack12 + b.EnrolledSentBack12, a.EnrolledWorkOrStudies12 + b.EnrolledWorkOrStudies12,
            a.JobPlansDue + b.JobPlansDue, a.JobPlansOnTime + b.JobPlansOnTime, a.ClosedLongTermToWork + b.ClosedLongTermToWork,
            a.ClosedLongTermToWorkDays + b.ClosedLongTermToWorkDays, a.ResursHeld + b.ResursHeld, a.ResursQueued + b.ResursQueued);
    }
}

/// <summary>Interventions of one type started in one month, and how many led to work or studies within 6 and 12 months.</summary>
public sealed record InterventionCounts(long Started, long WorkOrStudies6, long WorkOrStudies12)
{
    public static InterventionCounts Zero { get; } = new(0, 0, 0);

    public static InterventionCounts operator +(InterventionCounts a, InterventionCounts b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Started + b.Started, a.WorkOrStudies6 + b.WorkOrStudies6, a.WorkOrStudies12 + b.WorkOrStudies12);
    }
}

/// <summary>A figure with what it was computed from, so that it can be checked by hand.</summary>
/// <param name="Numerator">The count (or the sum of days, or of households over the months) above the line.</param>
/// <param name="Denominator">The count below the line (people, participants, or months).</param>
/// <param name="Value">The figure; null when there is no data: nobody to count (a zero denominator, no population) or
/// months the counts do not cover. "No data" is shown as a dash and exported as an empty cell, never as 0.</param>
public sealed record Figure(decimal? Value, long Numerator, long Denominator)
{
    public static Figure None { get; } = new(null, 0, 0);

    public bool HasData => Value is not null;
}

/// <summary>
/// The months that monthly counts cover (the summaries' last refresh). A month outside has no data, which is not the
/// same as a month in which nothing happened.
/// </summary>
public sealed record CountedMonths(DateOnly First, DateOnly Last)
{
    /// <summary>No month at all: before the first refresh.</summary>
    public static CountedMonths Nothing { get; } = new(DateOnly.MaxValue, DateOnly.MinValue);

    public bool Cover(DateOnly from, DateOnly to) => from >= First && to <= Last;
}
