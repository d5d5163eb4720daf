namespace CaseWork.Domain.Indicators;

/// <summary>
/// Turns monthly counts into the figures of a period, as docs/indicators.md defines them. Stocks (long-term
/// shares, current plans, Resurs) are read at the period's last month reached; flows (households per month,
/// checks, job plans, closures) over all its months reached; outcomes over the cohort whose mark falls in it.
/// A figure whose months the counts do not cover (<paramref name="counted"/>; all months when not given) has no data.
/// </summary>
public sealed class IndicatorCalculator(
    IReadOnlyDictionary<DateOnly, AidCounts> aid,
    IReadOnlyDictionary<DateOnly, ReferralCounts> referrals,
    IReadOnlyDictionary<int, long> adultPopulationByYear,
    CountedMonths? counted = null)
{
    public Figure Compute(IndicatorMeasure measure, ReportingPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (period.LastMonthReached(today) is not { } last)
        {
            return Figure.None;
        }

        var months = period.MonthsReached(today);
        if (counted is { } covered && !covered.Cover(months[0], last))
        {
            return Figure.None;
        }

        return measure switch
        {
            IndicatorMeasure.LongTermShareOfAdultPopulation => LongTermOfPopulation(last),
            IndicatorMeasure.LongTermShareOfAdultRecipients => Share(Aid(last).AdultsLongTerm12, Aid(last).AdultsAid12),
            IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months => WorkOrStudiesWithin12(period, today),
            IndicatorMeasure.EnrolmentDaysToWorkOrStudies => EnrolmentDays(months),
            IndicatorMeasure.HouseholdsOnAid => PerMonth(months, m => Aid(m).HouseholdsPaid),
            IndicatorMeasure.AdultsOnAid => PerMonth(months, m => Aid(m).AdultsPaid),
            IndicatorMeasure.CurrentIndividualPlanShare => Share(Aid(last).HouseholdsCurrentPlan, Aid(last).HouseholdsPaid),
            IndicatorMeasure.FollowUpsOnTimeShare => Share(months.Sum(m => Aid(m).HouseholdsCheckOnTime), months.Sum(m => Aid(m).HouseholdsPaid)),
            IndicatorMeasure.JobPlansWithinFiveDaysShare => Share(months.Sum(m => Referral(m).JobPlansOnTime), months.Sum(m => Referral(m).JobPlansDue)),
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };
    }

    /// <summary>Resurs places held and referrals queued at the end of the period's last month reached.</summary>
    public (long Held, long Queued) Resurs(ReportingPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.LastMonthReached(today) is { } last ? (Referral(last).ResursHeld, Referral(last).ResursQueued) : (0, 0);
    }

    /// <summary>Indicator 7 for one intervention type: work or studies within 6 and within 12 months of the start.</summary>
    public static (Figure Within6, Figure Within12) InterventionEffect(
        IReadOnlyDictionary<DateOnly, InterventionCounts> byStartMonth, ReportingPeriod period, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(byStartMonth);
        var six = Cohort(byStartMonth, period, IndicatorRules.ShortOutcomeMonths, today);
        var twelve = Cohort(byStartMonth, period, IndicatorRules.OutcomeMonths, today);
        return (Share(six.WorkOrStudies6, six.Started), Share(twelve.WorkOrStudies12, twelve.Started));
    }

    private static InterventionCounts Cohort(IReadOnlyDictionary<DateOnly, InterventionCounts> byStartMonth, ReportingPeriod period, int months, DateOnly today)
    {
        if (IndicatorRules.CohortMonths(period, months, today) is not { } cohort)
        {
            return InterventionCounts.Zero;
        }

        return byStartMonth.Where(p => p.Key >= cohort.From && p.Key <= cohort.To).Aggregate(InterventionCounts.Zero, (sum, p) => sum + p.Value);
    }

    private Figure LongTermOfPopulation(DateOnly last) =>
        adultPopulationByYear.TryGetValue(last.Year, out var population) && population > 0
            ? Share(Aid(last).AdultsLongTerm12, population)
            : new Figure(null, Aid(last).AdultsLongTerm12, 0);

    private Figure WorkOrStudiesWithin12(ReportingPeriod period, DateOnly today)
    {
        if (IndicatorRules.CohortMonths(period, IndicatorRules.OutcomeMonths, today) is not { } cohort)
        {
            return Figure.None;
        }

        if (counted is { } covered && !covered.Cover(cohort.From, cohort.To))
        {
            return Figure.None;
        }

        var sum = referrals.Where(p => p.Key >= cohort.From && p.Key <= cohort.To).Aggregate(ReferralCounts.Zero, (s, p) => s + p.Value);
        return Share(sum.EnrolledWorkOrStudies12, sum.Enrolled - sum.EnrolledSentBack12);
    }

    private Figure EnrolmentDays(IReadOnlyList<DateOnly> months)
    {
        var days = months.Sum(m => Referral(m).ClosedLongTermToWorkDays);
        var closed = months.Sum(m => Referral(m).ClosedLongTermToWork);
        return new Figure(IndicatorRules.Average(days, closed), days, closed);
    }

    private static Figure PerMonth(IReadOnlyList<DateOnly> months, Func<DateOnly, long> count)
    {
        var sum = months.Sum(count);
        return new Figure(IndicatorRules.Average(sum, months.Count), sum, months.Count);
    }

    private static Figure Share(long numerator, long denominator) =>
        new(IndicatorRules.Percent(numerator, denominator), numerator, denominator);

    private AidCounts Aid(DateOnly month) => aid.TryGetValue(month, out var counts) ? counts : AidCounts.Zero;

    private ReferralCounts Referral(DateOnly month) => referrals.TryGetValue(month, out var counts) ? counts : ReferralCounts.Zero;
}
