using CaseWork.Domain.Common;

namespace CaseWork.Domain.Indicators;

/// <summary>The years for which targets and populations may be recorded: the one place that range is decided.</summary>
public static class IndicatorYears
{
    public const int First = 2000;

    /// <summary>Targets are set ahead, but not for a distant future nobody plans for.</summary>
    public const int YearsAhead = 5;

    public static int Last(int currentYear) => currentYear + YearsAhead;

    public static bool IsValid(int year, int currentYear) => year >= First && year <= Last(currentYear);

    public static void Require(int year, int currentYear)
    {
        if (!IsValid(year, currentYear))
        {
            throw new DomainException(IndicatorRuleCodes.YearOutOfRange);
        }
    }
}
