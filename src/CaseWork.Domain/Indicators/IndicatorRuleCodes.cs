namespace CaseWork.Domain.Indicators;

/// <summary>Stable codes of the target and population rules; the UI maps them to fields and texts.</summary>
public static class IndicatorRuleCodes
{
    public const string PeriodInvalid = "indicator.period-invalid";
    public const string YearOutOfRange = "indicator.year-out-of-range";
    public const string TargetNegative = "indicator.target-negative";
    public const string TargetAboveMaximum = "indicator.target-above-maximum";
    public const string TargetTooManyDecimals = "indicator.target-too-many-decimals";
    public const string PopulationNotPositive = "indicator.population-not-positive";
    public const string PopulationAboveMaximum = "indicator.population-above-maximum";
    public const string PopulationNotWhole = "indicator.population-not-whole";
}
