using CaseWork.Domain.Common;

namespace CaseWork.Domain.Indicators;

public enum PeriodKind
{
    Month,
    Tertial,
    Year,
}

/// <summary>
/// A month, a tertial (January–April, May–August, September–December: the city's four-month reports) or a calendar
/// year. Figures are reported for the months of the period that have begun.
/// </summary>
public sealed record ReportingPeriod(PeriodKind Kind, int Year, int Number)
{
    public const int FirstYear = 2000;
    public const int MonthsPerTertial = 4;

    public static ReportingPeriod ForMonth(int year, int month) => Create(PeriodKind.Month, year, month);

    public static ReportingPeriod ForTertial(int year, int tertial) => Create(PeriodKind.Tertial, year, tertial);

    public static ReportingPeriod ForYear(int year) => Create(PeriodKind.Year, year, 1);

    public static ReportingPeriod Create(PeriodKind kind, int year, int number)
    {
        var max = kind switch
        {
            PeriodKind.Month => 12,
            PeriodKind.Tertial => 3,
            _ => 1,
        };
        if (year is < FirstYear or > 9998 || number < 1 || number > max)
        {
            throw new DomainException(IndicatorRuleCodes.PeriodInvalid);
        }

        return new ReportingPeriod(kind, year, number);
    }

    /// <summary>The tertial a month falls in (1–3).</summary>
    public static int TertialOf(int month) => ((month - 1) / MonthsPerTertial) + 1;

    /// <summary>The period of the given kind that contains <paramref name="today"/>.</summary>
    public static ReportingPeriod Containing(PeriodKind kind, DateOnly today) => kind switch
    {
        PeriodKind.Month => ForMonth(today.Year, today.Month),
        PeriodKind.Tertial => ForTertial(today.Year, TertialOf(today.Month)),
        _ => ForYear(today.Year),
    };

    public DateOnly FirstMonth => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Tertial => new DateOnly(Year, ((Number - 1) * MonthsPerTertial) + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly LastMonth => Kind switch
    {
        PeriodKind.Month => FirstMonth,
        PeriodKind.Tertial => FirstMonth.AddMonths(MonthsPerTertial - 1),
        _ => new DateOnly(Year, 12, 1),
    };

    /// <summary>The last month of the period that has begun by <paramref name="today"/>; null when the period lies ahead.</summary>
    public DateOnly? LastMonthReached(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        return FirstMonth > current ? null : LastMonth < current ? LastMonth : current;
    }

    /// <summary>The months of the period that have begun by <paramref name="today"/>.</summary>
    public IReadOnlyList<DateOnly> MonthsReached(DateOnly today)
    {
        var last = LastMonthReached(today);
        var months = new List<DateOnly>();
        for (var m = FirstMonth; last is { } l && m <= l; m = m.AddMonths(1))
        {
            months.Add(m);
        }

        return months;
    }

    public bool IsComplete(DateOnly today) => LastMonth < new DateOnly(today.Year, today.Month, 1);

    public ReportingPeriod Previous() => Kind switch
    {
        PeriodKind.Month => Number == 1 ? ForMonth(Year - 1, 12) : ForMonth(Year, Number - 1),
        PeriodKind.Tertial => Number == 1 ? ForTertial(Year - 1, 3) : ForTertial(Year, Number - 1),
        _ => ForYear(Year - 1),
    };

    /// <summary>The same period a year earlier, for comparison.</summary>
    public ReportingPeriod YearBefore() => this with { Year = Year - 1 };
}
