using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// The printable tertial report of a manager's district to the district committee, in the shape of the city's
/// tertial reports: proposal, summary with each target's assessment, a section per indicator. Always in Swedish.
/// Figures come from <see cref="IndicatorReportQuery"/>, as of the last refresh.
/// </summary>
[Authorize(Policy = Policies.ViewIndicators)]
[SwedishDocument]
public class TertialReportModel(IndicatorReportQuery builder, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Tertial { get; set; }

    public IndicatorReport Report { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public string Author { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var viewer = IndicatorViewer.From(User)!;
        if (!viewer.IsManager)
        {
            return Forbid();
        }

        Today = clock.Today();
        var current = ReportingPeriod.Containing(PeriodKind.Tertial, Today);
        var (year, tertial) = (Year ?? current.Year, Tertial ?? current.Number);
        if (!ModelState.IsValid || year < ReportingPeriod.FirstYear || year > Today.Year || tertial is < 1 or > 3)
        {
            return NotFound();
        }

        var period = ReportingPeriod.ForTertial(year, tertial);
        if (period.LastMonthReached(Today) is null)
        {
            return NotFound();
        }

        Report = await builder.BuildAsync(new IndicatorArea(viewer.DistrictId!.Value), period, Today, cancellationToken);
        Author = User.FindFirstValue(CaseWorkClaimTypes.DisplayName) ?? User.Identity!.Name!;
        return Page();
    }

    public string Format(IndicatorMeasure measure, decimal? value) => IndicatorText.Format(localizer, measure, value);

    public string PeriodName(ReportingPeriod period) => IndicatorText.PeriodName(localizer, period);

    public static TargetAssessment Assess(MeasureRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Measure.Assess(row.Figure.Value, row.Target);
    }

    public string Sentence(MeasureRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return TertialReportText.Sentence(Assess(row), Format(row.Measure, row.Figure.Value), Format(row.Measure, row.Target), row.Figure.Value is not null);
    }
}
