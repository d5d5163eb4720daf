using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>
/// The access-log check (loggkontroll): search the log of one's unit or district, see the entries that call for a
/// look, export them, and record the check as done with what it found.
/// </summary>
[Authorize(Policy = Policies.CheckAccessLog)]
public class IndexModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    AccessLogQuery search) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    /// <summary>A user name or part of a name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Who { get; set; }

    /// <summary>An applicant's personnummer, in any accepted form.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Applicant { get; set; }

    [BindProperty(SupportsGet = true)]
    public AccessKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool FlaggedOnly { get; set; }

    /// <summary>The page's number, for "page 3 of 40"; which entries it shows comes from the cursor.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The page after the entry this cursor names (Next).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>The page before the entry this cursor names (Previous).</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    [BindProperty]
    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    public string AreaName { get; private set; } = string.Empty;

    public AccessLogCriteria? Criteria { get; private set; }

    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    public int Entries { get; private set; }

    public int FlaggedEntries { get; private set; }

    public IReadOnlyList<LogCheck> RecentChecks { get; private set; } = [];

    public int PageCount => Math.Max(1, (Entries + AccessLogQuery.PageSize - 1) / AccessLogQuery.PageSize);

    /// <summary>Where Next starts: after the last entry shown.</summary>
    public string? NextCursor => Rows.Count == 0 ? null : AccessLogCursor.Of(Rows[^1]).ToString();

    /// <summary>Where Previous ends: before the first entry shown.</summary>
    public string? PreviousCursor => Rows.Count == 0 ? null : AccessLogCursor.Of(Rows[0]).ToString();

    private AccessLogViewer Viewer => AccessLogViewer.From(User)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber < 1 || (After is not null && AccessLogCursor.Parse(After) is null) || (Before is not null && AccessLogCursor.Parse(Before) is null))
        {
            return NotFound();
        }

        await LoadAsync(cancellationToken);
        if (Criteria is not null)
        {
            await audit.WriteAsync(AuditAction.AccessLogSearched, _applicantId, DescribeForAudit(), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken cancellationToken)
    {
        var criteria = await ReadCriteriaAsync(cancellationToken);
        if (criteria is null)
        {
            // The search page shows what is wrong with the criteria, next to the fields.
            return RedirectToPage(new { From, To, Who, Applicant, Kind, FlaggedOnly });
        }

        Criteria = criteria;
        var rows = await search.ReadAsync(Viewer, criteria, after: null, before: null, AccessLogQuery.MaxExportRows, cancellationToken);
        // The export names people: its entry keeps whom (by id), so that a check of one person finds it.
        await audit.WriteShownAsync(
            AuditAction.AccessLogExported,
            $"{DescribeForAudit()}; {rows.Count} rows",
            rows.Where(r => r.ApplicantOnRecord).Select(r => r.ApplicantId!.Value).Append(_applicantId ?? Guid.Empty).Where(id => id != Guid.Empty),
            cancellationToken);
        var table = AccessLogText.Table(rows, localizer, await search.AreaNameAsync(Viewer, cancellationToken), criteria, clock.GetUtcNow());
        var name = ExportFileName.For("loggkontroll", criteria.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), criteria.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return format == "csv" ? CsvExport.File(table, name) : ExcelExport.File(table, name);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Criteria is null)
        {
            return Page();
        }

        var viewer = Viewer;
        var checkedBy = new CheckedBy(db.CurrentUser.UserId!, User.FindFirst(CaseWorkClaimTypes.DisplayName)?.Value ?? db.CurrentUser.UserName);
        if (!this.DomainAccepts(
            () => LogCheck.Record(checkedBy, viewer.DistrictId!.Value, viewer.UnitId, Criteria.From, Criteria.To, Describe(), Entries, FlaggedEntries, Comment, clock.GetUtcNow()),
            localizer,
            AccessLogRuleFields.FieldFor,
            out var check))
        {
            return Page();
        }

        db.LogChecks.Add(check);
        audit.Add(AuditAction.AccessLogChecked, null, $"{DescribeForAudit()}; {Entries} entries, {FlaggedEntries} flagged");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The log check has been recorded as done."],
            () => RedirectToPage(new { From, To, Who, Applicant, Kind, FlaggedOnly }));
    }

    public string PurposeText(AccessLogRow row) => AccessLogText.Purpose(row, localizer);

    private Guid? _applicantId;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer;
        AreaName = await search.AreaNameAsync(viewer, cancellationToken);
        RecentChecks = await search.RecentChecksAsync(viewer, cancellationToken);
        Criteria = await ReadCriteriaAsync(cancellationToken);
        if (Criteria is null)
        {
            return;
        }

        (Entries, FlaggedEntries) = await search.CountAsync(viewer, Criteria, cancellationToken);
        Rows = await search.ReadAsync(viewer, Criteria, AccessLogCursor.Parse(After), AccessLogCursor.Parse(Before), AccessLogQuery.PageSize, cancellationToken);
    }

    /// <summary>The criteria from the form, or null with the problems in ModelState. An empty period is last month.</summary>
    private async Task<AccessLogCriteria?> ReadCriteriaAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To))
        {
            (From, To) = AccessLogSearchForm.LastMonth(today);
        }

        var form = new AccessLogSearchForm(From, To, Applicant, Kind);
        if (form.Check(today, ModelState, localizer) is not { } checkedForm)
        {
            return null;
        }

        _applicantId = checkedForm.Digits is null ? null : await search.ApplicantIdAsync(checkedForm.Digits, cancellationToken);
        return new AccessLogCriteria(checkedForm.From, checkedForm.To, Who, checkedForm.Digits, Kind, FlaggedOnly, _applicantId);
    }

    private string Describe() => AccessLogText.Describe(Who, Criteria?.ApplicantDigits is not null, Kind, FlaggedOnly, localizer);

    /// <summary>The search for the audit row, in the log's own language; the applicant is the row's id, never the personnummer.</summary>
    private string DescribeForAudit() =>
        string.Create(CultureInfo.InvariantCulture, $"{Criteria?.From:yyyy-MM-dd}..{Criteria?.To:yyyy-MM-dd} user={Who?.Trim()} kind={Kind} flagged={FlaggedOnly}");
}
