using CaseWork.Domain.Common;

namespace CaseWork.Domain.Indicators;

/// <summary>What an adult population may be.</summary>
public static class PopulationRules
{
    /// <summary>A sanity bound: the largest district of Sweden's largest city has well under 200,000 adults.</summary>
    public const int MaximumAdults = 1_000_000;

    /// <summary>The code of the first rule the number breaks, or null when it may be a population.</summary>
    public static string? Problem(decimal adults) =>
        adults <= 0 ? IndicatorRuleCodes.PopulationNotPositive
        : adults > MaximumAdults ? IndicatorRuleCodes.PopulationAboveMaximum
        : adults != decimal.Truncate(adults) ? IndicatorRuleCodes.PopulationNotWhole
        : null;

    public static void Require(decimal adults)
    {
        if (Problem(adults) is { } code)
        {
            throw new DomainException(code);
        }
    }
}
