using CaseWork.Domain.Applicants;
using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Indicators;

/// <summary>
/// The definitions behind the figures (docs/indicators.md). The summary SQL applies the same rules to every row;
/// these methods are the rules' reference and are what the tests check the SQL against.
/// </summary>
public static class IndicatorRules
{
    /// <summary>Indicator 4 counts those on aid "more than ten months": at least 11 of the 12 months up to enrolment.</summary>
    public const int MoreThanTenMonths = 11;

    /// <summary>Indicators 3 and 7 follow each participant this many months from enrolment or the intervention's start.</summary>
    public const int OutcomeMonths = 12;

    public const int ShortOutcomeMonths = 6;

    /// <summary>Adults in the household: the applicant, and a partner in a couple.</summary>
    public static int Adults(HouseholdType household) => household == HouseholdType.Couple ? 2 : 1;

    /// <summary>Long-term in the 12 months ending with <paramref name="month"/>: aid paid in at least ten of them.</summary>
    public static bool IsLongTermAt(IEnumerable<DateOnly> monthsWithAidPaid, DateOnly month) =>
        PaidMonthsInWindow(monthsWithAidPaid, month) >= LongTermAidRule.ThresholdMonths;

    /// <summary>Received aid at some time in the 12 months ending with <paramref name="month"/>.</summary>
    public static bool ReceivedAidWithin(IEnumerable<DateOnly> monthsWithAidPaid, DateOnly month) =>
        PaidMonthsInWindow(monthsWithAidPaid, month) > 0;

    /// <summary>Indicator 4's group: aid paid in more than ten of the 12 months ending with the month of the first visit.</summary>
    public static bool OnAidMoreThanTenMonths(IEnumerable<DateOnly> monthsWithAidPaid, DateOnly firstVisit) =>
        PaidMonthsInWindow(monthsWithAidPaid, new DateOnly(firstVisit.Year, firstVisit.Month, 1)) >= MoreThanTenMonths;

    public static bool IsWorkOrStudies(ReferralClosureReason? reason) =>
        reason is ReferralClosureReason.Employment or ReferralClosureReason.SubsidisedEmployment or ReferralClosureReason.Studies;

    /// <summary>Closed to work or studies no later than <paramref name="months"/> months after <paramref name="start"/>.</summary>
    public static bool WorkOrStudiesWithin(DateOnly start, DateOnly? closedOn, ReferralClosureReason? reason, int months) =>
        closedOn is { } closed && IsWorkOrStudies(reason) && closed <= start.AddMonths(months);

    /// <summary>Indicator 3 leaves out participants sent back to the district within the 12 months.</summary>
    public static bool SentBackWithin(DateOnly start, DateOnly? closedOn, ReferralClosureReason? reason, int months) =>
        closedOn is { } closed && reason == ReferralClosureReason.SentBack && closed <= start.AddMonths(months);

    /// <summary>
    /// The months whose starters are judged in the period: those whose <paramref name="months"/>-month mark falls in
    /// one of the period's months. Null when that lies wholly ahead.
    /// </summary>
    public static (DateOnly From, DateOnly To)? CohortMonths(ReportingPeriod period, int months, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.LastMonthReached(today) is { } last ? (period.FirstMonth.AddMonths(-months), last.AddMonths(-months)) : null;
    }

    /// <summary>A share in percent with one decimal; null when there is nobody to count.</summary>
    public static decimal? Percent(long numerator, long denominator) =>
        denominator == 0 ? null : Math.Round(100m * numerator / denominator, 1, MidpointRounding.AwayFromZero);

    /// <summary>A mean with one decimal; null when there is nothing to average.</summary>
    public static decimal? Average(long sum, long count) =>
        count == 0 ? null : Math.Round((decimal)sum / count, 1, MidpointRounding.AwayFromZero);

    private static int PaidMonthsInWindow(IEnumerable<DateOnly> monthsWithAidPaid, DateOnly month)
    {
        ArgumentNullException.ThrowIfNull(monthsWithAidPaid);
        var to = new DateOnly(month.Year, month.Month, 1);
        var from = to.AddMonths(-(LongTermAidRule.WindowMonths - 1));
        return monthsWithAidPaid.Where(m => m >= from && m <= to).Distinct().Count();
    }
}
