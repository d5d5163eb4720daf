namespace CaseWork.Domain.Indicators;

/// <summary>What kind of number each measure is, and which way is better.</summary>
public static class IndicatorMeasures
{
    public static IReadOnlyList<IndicatorMeasure> All { get; } = Enum.GetValues<IndicatorMeasure>();

    /// <summary>The indicator (1–7 in docs/indicators.md) a measure belongs to.</summary>
    public static int IndicatorNumber(this IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation => 1,
        IndicatorMeasure.LongTermShareOfAdultRecipients => 2,
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months => 3,
        IndicatorMeasure.EnrolmentDaysToWorkOrStudies => 4,
        IndicatorMeasure.HouseholdsOnAid or IndicatorMeasure.AdultsOnAid => 5,
        _ => 6,
    };

    public static MeasureUnit Unit(this IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.EnrolmentDaysToWorkOrStudies => MeasureUnit.Days,
        IndicatorMeasure.HouseholdsOnAid or IndicatorMeasure.AdultsOnAid => MeasureUnit.Count,
        _ => MeasureUnit.Percent,
    };

    public static TargetDirection Direction(this IndicatorMeasure measure) => measure switch
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation
            or IndicatorMeasure.LongTermShareOfAdultRecipients
            or IndicatorMeasure.EnrolmentDaysToWorkOrStudies
            or IndicatorMeasure.HouseholdsOnAid
            or IndicatorMeasure.AdultsOnAid => TargetDirection.LowerIsBetter,
        _ => TargetDirection.HigherIsBetter,
    };

    /// <summary>The largest value a target may take: 100 for a percentage, otherwise a sanity bound.</summary>
    public static decimal MaximumTarget(this IndicatorMeasure measure) => measure.Unit() switch
    {
        MeasureUnit.Percent => 100m,
        MeasureUnit.Days => 3650m,
        _ => 10_000_000m,
    };

    /// <summary>Whether an actual figure meets the target; null when either is missing.</summary>
    public static bool? MeetsTarget(this IndicatorMeasure measure, decimal? actual, decimal? target) =>
        actual is not { } a || target is not { } t ? null
        : measure.Direction() == TargetDirection.LowerIsBetter ? a <= t
        : a >= t;
}
