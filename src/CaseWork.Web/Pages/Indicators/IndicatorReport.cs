using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>One measure's figure for the period, last year's for the same period, and the year's target.</summary>
public sealed record MeasureRow(IndicatorMeasure Measure, Figure Figure, Figure LastYear, decimal? Target)
{
    /// <summary>Met, partly met or not met, as the tertial report judges it.</summary>
    public TargetAssessment Assessment => Measure.Assess(Figure.Value, Target);
}

/// <summary>A measure month by month, with last year's same months and each month's target, for a trend chart.</summary>
public sealed record MeasureSeries(IndicatorMeasure Measure, IReadOnlyList<DateOnly> Months, IReadOnlyList<decimal?> Values, IReadOnlyList<decimal?> LastYear, IReadOnlyList<decimal?> Targets);

public sealed record InterventionRow(string Name, Figure Within6, Figure Within12);

/// <summary>Indicator 5 for one reason for aid: households and adults per month in the period and in the same period a year before.</summary>
public sealed record ReasonRow(AidReason Reason, Figure Households, Figure Adults, Figure HouseholdsLastYear, Figure AdultsLastYear);

/// <summary>Everything a dashboard shows for one area and period, computed from the summary tables.</summary>
public sealed record IndicatorReport(
    IndicatorArea Area,
    string AreaName,
    ReportingPeriod Period,
    IReadOnlyList<MeasureRow> Rows,
    IReadOnlyList<MeasureSeries> Series,
    IReadOnlyList<DateOnly> Months,
    IReadOnlyDictionary<AidReason, IReadOnlyList<long?>> HouseholdsByReason,
    IReadOnlyList<ReasonRow> Reasons,
    IReadOnlyList<InterventionRow> Interventions,
    long ResursHeld,
    long ResursQueued,
    int? ResursPlaces,
    SummaryRefresh? AsOf);

/// <summary>
/// Builds a <see cref="IndicatorReport"/> from one read of the summary tables and what goes with them
/// (<see cref="IndicatorReportRead"/>, one round trip), whatever the size of the register.
/// </summary>
public sealed class IndicatorReportQuery(CaseWorkDbContext db)
{
    /// <summary>The trend charts show the twelve months up to the period's last month reached.</summary>
    public const int TrendMonths = 12;

    public async Task<IndicatorReport> BuildAsync(IndicatorArea area, ReportingPeriod period, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(period);
        var last = period.LastMonthReached(today) ?? period.LastMonth;
        // Three years of months: the trend, last year's same months, and the cohorts enrolled a year before those.
        var from = last.AddMonths(-(IndicatorSummaryRefresher.MonthsKept - 1));
        var read = await IndicatorReportRead.ReadAsync(db, area, from, last, cancellationToken);
        var areaCounts = read.Counts;
        var yearTargets = read.Targets.ToDictionary(t => (t.Year, t.Measure), t => t.Value);
        var populations = read.Populations.ToDictionary(p => p.Year, p => (long)p.Adults);
        var asOf = read.LatestRefresh;
        var counted = SummaryRefresh.Counted(asOf);
        var calculator = new IndicatorCalculator(areaCounts.Aid, areaCounts.Referrals, populations, counted);

        var measures = MeasuresFor(area);
        var rows = measures.Select(m => new MeasureRow(
            m,
            calculator.Compute(m, period, today),
            calculator.Compute(m, period.YearBefore(), today),
            yearTargets.TryGetValue((period.Year, m), out var target) ? target : null)).ToList();

        var months = Enumerable.Range(0, TrendMonths).Select(i => last.AddMonths(i - TrendMonths + 1)).ToList();
        var series = measures.Select(m => new MeasureSeries(
            m,
            months,
            months.Select(month => calculator.Compute(m, ReportingPeriod.ForMonth(month.Year, month.Month), today).Value).ToList(),
            months.Select(month => calculator.Compute(m, ReportingPeriod.ForMonth(month.Year - 1, month.Month), today).Value).ToList(),
            months.Select(month => yearTargets.TryGetValue((month.Year, m), out var t) ? t : (decimal?)null).ToList())).ToList();

        var byReason = Enum.GetValues<AidReason>().ToDictionary(
            r => r,
            r => (IReadOnlyList<long?>)months.Select(month => !counted.Cover(month, month) ? (long?)null
                : areaCounts.AidByReason.TryGetValue((month, r), out var c) ? c.HouseholdsPaid : 0).ToList());

        var reasons = Enum.GetValues<AidReason>().Select(r => ReasonRowFor(r, areaCounts, counted, period, today)).ToList();

        var interventions = read.InterventionTypes
            .Where(t => areaCounts.InterventionsByType.ContainsKey(t.Id))
            .Select(t =>
            {
                var (six, twelve) = IndicatorCalculator.InterventionEffect(areaCounts.InterventionsByType[t.Id], period, today);
                return new InterventionRow(t.Name, six, twelve);
            })
            .ToList();

        var (held, queued) = calculator.Resurs(period, today);
        return new IndicatorReport(area, read.AreaName, period, rows, series, months, byReason, reasons, interventions, held, queued, read.ResursPlaces, asOf);
    }

    /// <summary>Indicator 5's households and adults per month, with the calculator's own averaging, for the months of one reason.</summary>
    private static ReasonRow ReasonRowFor(AidReason reason, AreaCounts areaCounts, CountedMonths counted, ReportingPeriod period, DateOnly today)
    {
        var aid = areaCounts.AidByReason.Where(p => p.Key.Reason == reason).ToDictionary(p => p.Key.Month, p => p.Value);
        var calculator = new IndicatorCalculator(aid, new Dictionary<DateOnly, ReferralCounts>(), new Dictionary<int, long>(), counted);
        return new ReasonRow(
            reason,
            calculator.Compute(IndicatorMeasure.HouseholdsOnAid, period, today),
            calculator.Compute(IndicatorMeasure.AdultsOnAid, period, today),
            calculator.Compute(IndicatorMeasure.HouseholdsOnAid, period.YearBefore(), today),
            calculator.Compute(IndicatorMeasure.AdultsOnAid, period.YearBefore(), today));
    }

    /// <summary>The unit's name, or the district's when the area is a whole district.</summary>
    public static async Task<string> AreaNameAsync(CaseWorkDbContext db, IndicatorArea area, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(area);
        return area.UnitId is { } unitId
            ? await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken)
            : await db.Districts.AsNoTracking().Where(d => d.Id == area.DistrictId).Select(d => d.Name).SingleAsync(cancellationToken);
    }

    /// <summary>Indicator 1 needs a population, which is recorded per district: a unit's dashboard leaves it out.</summary>
    public static IReadOnlyList<IndicatorMeasure> MeasuresFor(IndicatorArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return IndicatorMeasures.All.Where(m => area.UnitId is null || m != IndicatorMeasure.LongTermShareOfAdultPopulation).ToList();
    }
}
