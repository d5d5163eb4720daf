using CaseWork.Web.Indicators;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// Nyckeltal: the indicators of the manager's district or the unit head's unit for a month, tertial or year, against
/// the year's targets, with trends, tables and links to the cases behind each figure. Figures come from the summary
/// tables, as of their last refresh.
/// </summary>
[Authorize(Policy = Policies.ViewIndicators)]
public class IndexModel(
    CaseWorkDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IndicatorReportQuery builder, SummaryRefreshSignal refresh) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    public IndicatorReport Report { get; private set; } = null!;

    public IReadOnlyList<ReportingPeriod> OfferedPeriods { get; private set; } = [];

    public bool RefreshPending => refresh.Pending;

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today();
        var period = PeriodChoice.Decode(Period, Today);
        Period = PeriodChoice.Encode(period);
        OfferedPeriods = PeriodChoice.Offered(Today);
        var viewer = IndicatorViewer.From(User)!;
        Report = await builder.BuildAsync(await viewer.OwnAreaAsync(db, cancellationToken), period, Today, cancellationToken);
    }

    /// <summary>One of the page's tables as Excel or CSV: the same figures, numbers as numbers.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? table, string? format, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        if (IndicatorExports.Table(localizer, Report, table) is not { } export)
        {
            return NotFound();
        }

        var name = Exports.ExportFileName.For(localizer["Indicators"].Value, table!, Report.AreaName, Period!);
        return format == "csv" ? Exports.CsvExport.File(export, name) : Exports.ExcelExport.File(export, name);
    }

    public IActionResult OnPostRefresh()
    {
        refresh.Request();
        return this.WithStatusMessage(localizer["The figures are being refreshed. Reload the page in a moment to see them."], RedirectToPage(new { Period }));
    }

    public string PeriodName(ReportingPeriod period) => IndicatorText.PeriodName(localizer, period);
}
