using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Web.Pages.Indicators;

/// <summary>
/// The cases behind a dashboard figure, so the figure can be checked by hand: the aid figures' from the same refresh
/// as the figure, the Jobbtorg figures' live from the records. Only the
/// reader's own unit or district; the applicants are then loaded through the reader's case scope as well.
/// </summary>
[Authorize(Policy = Policies.ViewIndicators)]
public class CasesModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IndicatorCaseQueries cases) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public IndicatorMeasure Measure { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Period { get; set; }

    [BindProperty(SupportsGet = true)]
    public FigurePart Part { get; set; }

    /// <summary>The number of the page shown: a label carried beside the cursor, which alone says where the page starts; 1 without one.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Where the page starts: the keyset cursor (name order) of the last case of the page before.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>Where the page ends: the cursor of the first case of the page after, when going back.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    public ReportingPeriod ReportingPeriod { get; private set; } = null!;

    public string AreaName { get; private set; } = string.Empty;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    /// <summary>The aid figures' cases come from the refresh's masks (ADR 0020); the Jobbtorg figures' from the records now.</summary>
    public bool FromRefresh => IndicatorCaseQueries.ReadsFromMasks(Measure);

    public bool HasDenominatorList => Measure is not (IndicatorMeasure.LongTermShareOfAdultPopulation or IndicatorMeasure.HouseholdsOnAid
        or IndicatorMeasure.AdultsOnAid or IndicatorMeasure.EnrolmentDaysToWorkOrStudies);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(Measure) || !Enum.IsDefined(Part) || PageNumber < 1)
        {
            return NotFound();
        }

        var today = clock.Today();
        ReportingPeriod = PeriodChoice.Decode(Period, today);
        Period = PeriodChoice.Encode(ReportingPeriod);
        var area = await IndicatorViewer.From(User)!.OwnAreaAsync(db, cancellationToken);
        if (area.UnitId is not null && Measure == IndicatorMeasure.LongTermShareOfAdultPopulation)
        {
            return NotFound();
        }

        AreaName = await IndicatorReportQuery.AreaNameAsync(db, area, cancellationToken);
        var position = KeysetPosition.Read(After, Before, c => ApplicantListCursor.Decode(c, ApplicantSort.Name));
        var (read, total) = await cases.ReadAsync(
            Measure, Part, area, ReportingPeriod, today, KeyOf(position.After), KeyOf(position.Before), PageSize + 1, cancellationToken);
        Total = total;
        PageNumber = position.PageLabel(PageNumber, PageCount);
        var (found, next, previous) = KeysetPage.Of(
            [.. read], PageSize, position,
            c => new ApplicantListCursor(ApplicantSort.Name, c.LastName, c.FirstName, string.Empty, c.ApplicantId).Encode());
        (NextCursor, PreviousCursor) = (next, previous);
        var ids = found.Select(c => c.ApplicantId).ToList();
        var applicants = await db.Applicants.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.FirstName, a.LastName, a.PersonalIdentityNumber })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        Rows = found.Where(c => applicants.ContainsKey(c.ApplicantId))
            .Select(c =>
            {
                var a = applicants[c.ApplicantId];
                return new Row(a.Id, $"{a.LastName}, {a.FirstName}", a.PersonalIdentityNumber, c.Detail);
            })
            .ToList();
        await audit.WriteShownAsync(
            AuditAction.IndicatorCasesViewed, $"{Measure} {Part} {Period}: {Rows.Count} shown of {Total}", Rows.Select(r => r.ApplicantId), cancellationToken);
        return Page();
    }

    private static NameKey? KeyOf(ApplicantListCursor? cursor) => cursor is null ? null : new NameKey(cursor.LastName, cursor.FirstName, cursor.Id);

    public string PeriodName => IndicatorText.PeriodName(localizer, ReportingPeriod);

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>What the number beside each case means for this measure.</summary>
    public string? DetailHeading => Measure switch
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation or IndicatorMeasure.LongTermShareOfAdultRecipients => localizer["Months with aid of the last 12"].Value,
        IndicatorMeasure.HouseholdsOnAid or IndicatorMeasure.AdultsOnAid => localizer["Months with aid in the period"].Value,
        IndicatorMeasure.FollowUpsOnTimeShare => localizer["Checks on time"].Value,
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months or IndicatorMeasure.EnrolmentDaysToWorkOrStudies => localizer["Days enrolled"].Value,
        IndicatorMeasure.JobPlansWithinFiveDaysShare => localizer["Days to the job plan"].Value,
        _ => null,
    };

    public sealed record Row(Guid ApplicantId, string Name, string PersonalIdentityNumber, decimal? Detail);
}
