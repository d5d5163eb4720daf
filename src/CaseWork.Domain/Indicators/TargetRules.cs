using CaseWork.Domain.Common;

namespace CaseWork.Domain.Indicators;

/// <summary>What a target value may be for each measure.</summary>
public static class TargetRules
{
    /// <summary>Percentages are reported with one decimal (65.9 %); days and counts are whole.</summary>
    public static int MaximumDecimals(this IndicatorMeasure measure) => measure.Unit() == MeasureUnit.Percent ? 1 : 0;

    /// <summary>The code of the first rule the value breaks, or null when it may be a target.</summary>
    public static string? Problem(IndicatorMeasure measure, decimal value) =>
        value < 0 ? IndicatorRuleCodes.TargetNegative
        : value > measure.MaximumTarget() ? IndicatorRuleCodes.TargetAboveMaximum
        : decimal.Round(value, measure.MaximumDecimals()) != value ? IndicatorRuleCodes.TargetTooManyDecimals
        : null;

    public static void Require(IndicatorMeasure measure, decimal value)
    {
        if (Problem(measure, value) is { } code)
        {
            throw new DomainException(code);
        }
    }
}
