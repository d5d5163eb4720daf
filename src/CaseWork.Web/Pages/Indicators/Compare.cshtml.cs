using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// A manager puts districts side by side for one measure, against each district's target. Figures only: the cases
/// behind them stay with each district's own managers.
/// </summary>
[Authorize(Policy = Policies.ViewIndicators)]
public class CompareModel(
    CaseWorkDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IndicatorCountsQuery counts, IndicatorTargetQueries targets, IndicatorSummaryRefresher refresher) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IndicatorMeasure Measure { get; set; } = IndicatorMeasure.LongTermShareOfAdultRecipients;

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public List<int> Districts { get; set; } = [];

    public ReportingPeriod ReportingPeriod { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> AllDistricts { get; private set; } = [];

    public IReadOnlyList<DistrictFigure> Figures { get; private set; } = [];

    public IReadOnlyList<DateOnly> Months { get; private set; } = [];

    public IReadOnlyList<ReportingPeriod> OfferedPeriods { get; private set; } = [];

    public int OwnDistrictId { get; private set; }

    /// <summary>The summaries' last refresh, which the figures are as of; null before the first.</summary>
    public SummaryRefresh? AsOf { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = IndicatorViewer.From(User)!;
        if (!viewer.IsManager)
        {
            return Forbid();
        }

        if (!Enum.IsDefined(Measure))
        {
            return NotFound();
        }

        var today = clock.Today();
        ReportingPeriod = PeriodChoice.Decode(Period, today);
        Period = PeriodChoice.Encode(ReportingPeriod);
        OfferedPeriods = PeriodChoice.Offered(today);
        OwnDistrictId = viewer.DistrictId!.Value;
        AllDistricts = (await db.Districts.AsNoTracking().OrderBy(d => d.Name).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken))
            .Select(d => (d.Id, d.Name)).ToList();
        var known = AllDistricts.Select(d => d.Id).ToHashSet();
        Districts = Districts.Where(known.Contains).Prepend(OwnDistrictId).Distinct().ToList();

        var last = ReportingPeriod.LastMonthReached(today) ?? ReportingPeriod.LastMonth;
        var from = last.AddMonths(-(IndicatorSummaryRefresher.MonthsKept - 1));
        Months = Enumerable.Range(0, IndicatorReportQuery.TrendMonths).Select(i => last.AddMonths(i - IndicatorReportQuery.TrendMonths + 1)).ToList();
        var yearTargets = (await targets.TargetsAsync(Districts, from.Year, last.Year, cancellationToken))
            .Where(t => t.Measure == Measure).ToDictionary(t => (t.DistrictId, t.Year), t => t.Value);
        var populations = (await targets.PopulationsAsync(Districts, from.Year, last.Year, cancellationToken))
            .ToLookup(p => p.DistrictId, p => p);

        var districtCounts = await counts.ReadDistrictsAsync(Districts, from, last, cancellationToken);
        AsOf = await refresher.LatestAsync(cancellationToken);
        var counted = SummaryRefresh.Counted(AsOf);
        var figures = new List<DistrictFigure>();
        foreach (var districtId in Districts)
        {
            var areaCounts = districtCounts[districtId];
            var calculator = new IndicatorCalculator(areaCounts.Aid, areaCounts.Referrals, populations[districtId].ToDictionary(p => p.Year, p => (long)p.Adults), counted);
            figures.Add(new DistrictFigure(
                districtId,
                AllDistricts.Single(d => d.Id == districtId).Name,
                calculator.Compute(Measure, ReportingPeriod, today),
                yearTargets.TryGetValue((districtId, ReportingPeriod.Year), out var target) ? target : null,
                Months.Select(m => calculator.Compute(Measure, ReportingPeriod.ForMonth(m.Year, m.Month), today).Value).ToList(),
                Months.Select(m => yearTargets.TryGetValue((districtId, m.Year), out var t) ? t : (decimal?)null).ToList()));
        }

        Figures = figures;
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        if (await OnGetAsync(cancellationToken) is not PageResult)
        {
            return Forbid();
        }

        var unit = (string header) => IndicatorText.WithUnit(localizer, header, Measure);
        var table = new ExportTable(
            IndicatorExports.Title($"{Measure.IndicatorNumber()}. {localizer.Text(Measure)}", string.Join(", ", Figures.Select(f => f.Name)), PeriodName),
            [new(localizer["District"]), new(unit(localizer["Result"]), 1), new(unit(localizer["Target"]), 1), new(localizer["Assessment"]),
             new(localizer["Numerator"]), new(localizer["Denominator"]), .. Months.Select(m => new ExportColumn(unit(IndicatorText.MonthName(m)), 1))],
            Figures.Select(f => (IReadOnlyList<object?>)
            [
                f.Name, f.Figure.Value, f.Target, IndicatorExports.Assessment(localizer, Measure.Assess(f.Figure.Value, f.Target)),
                f.Figure.Numerator, f.Figure.Denominator, .. f.Monthly.Cast<object?>(),
            ]).ToList())
        {
            Subtitle = IndicatorExports.AsOf(localizer, AsOf),
            SheetName = IndicatorExports.SheetName(localizer, Measure),
        };
        var name = ExportFileName.For("indikator", Measure.IndicatorNumber(), string.Join('-', Figures.Select(f => f.Name)), Period!);
        return format == "csv" ? CsvExport.File(table, name) : ExcelExport.File(table, name);
    }

    public string PeriodName => IndicatorText.PeriodName(localizer, ReportingPeriod);

    public sealed record DistrictFigure(int DistrictId, string Name, Figure Figure, decimal? Target, IReadOnlyList<decimal?> Monthly, IReadOnlyList<decimal?> MonthlyTargets);
}
