using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.People;
using CaseWork.Web.Exports;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>
/// The access-log check (loggkontroll): search the log of one's unit or district, see the entries that call for a
/// look, export them, and record the check as done with what it found.
/// </summary>
[Authorize(Policy = Policies.CheckAccessLog)]
public class IndexModel(CaseWorkDbContext db, AccessLogSearch search, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer)
    : PageModel
{
    private const int MaxDays = 366;

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

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    public string AreaName { get; private set; } = string.Empty;

    public AccessLogCriteria? Criteria { get; private set; }

    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    public int Entries { get; private set; }

    public int FlaggedEntries { get; private set; }

    public IReadOnlyList<LogCheck> RecentChecks { get; private set; } = [];

    public int PageCount => Math.Max(1, (Entries + AccessLogSearch.PageSize - 1) / AccessLogSearch.PageSize);

    private AccessLogViewer Viewer => AccessLogViewer.From(User)!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber < 1)
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
        var rows = await search.ReadAsync(Viewer, criteria, 0, AccessLogSearch.MaxExportRows, cancellationToken);
        // The export names people: its entry keeps whom (by id), so that a check of one person finds it.
        await audit.WriteShownAsync(
            AuditAction.AccessLogExported,
            $"{DescribeForAudit()}; {rows.Count} rows",
            rows.Where(r => r.ApplicantOnRecord).Select(r => r.ApplicantId!.Value).Append(_applicantId ?? Guid.Empty).Where(id => id != Guid.Empty),
            cancellationToken);
        var table = new ExportTable(
            localizer["Access log"],
            [new(localizer["Time"]), new(localizer["User"]), new(localizer["Name"]), new(localizer["Access"]), new(localizer["Applicant"]),
             new(localizer["Personal identity number"]), new(localizer["Flagged"]), new(localizer["Purpose"]), new(localizer["Detail"])],
            rows.Select(r => (IReadOnlyList<object?>)
            [
                r.OccurredAt.InSweden().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), r.UserName, r.UserDisplayName,
                localizer.Text(r.Action), r.ApplicantName ?? (r.ApplicantId is null ? null : localizer["Deleted record"].Value),
                r.PersonalIdentityNumber is { } pin ? PersonalIdentityNumber.FromStored(pin).ToString() : null, AlertText(r.Alerts), PurposeText(r), r.Detail,
            ]).ToList());
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

        try
        {
            var viewer = Viewer;
            var check = LogCheck.Record(
                new CheckedBy(db.CurrentUser.UserId!, User.FindFirst(CaseWorkClaimTypes.DisplayName)?.Value ?? db.CurrentUser.UserName),
                viewer.DistrictId!.Value,
                viewer.UnitId,
                Criteria.From,
                Criteria.To,
                Describe(),
                Entries,
                FlaggedEntries,
                Comment,
                clock.GetUtcNow());
            db.LogChecks.Add(check);
            audit.Add(AuditAction.AccessLogChecked, null, $"{DescribeForAudit()}; {Entries} entries, {FlaggedEntries} flagged");
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(nameof(Comment), localizer[ex.Message]);
            return Page();
        }

        TempData["StatusMessage"] = localizer["The log check has been recorded as done."].Value;
        return RedirectToPage(new { From, To, Who, Applicant, Kind, FlaggedOnly });
    }

    /// <summary>Why the entry's reader read: the purpose, with the stated reason and its text; the people a list showed.</summary>
    public string PurposeText(AccessLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var purpose = row.Purpose switch
        {
            null => null,
            ReadPurpose.StatedReason when row.Reason is { } reason =>
                $"{localizer.Text(ReadPurpose.StatedReason)}: {localizer.Text(reason)}{(row.ReasonText is null ? null : " – " + row.ReasonText)}",
            { } other => localizer.Text(other),
        };
        var shown = row.PeopleShown > 0 ? localizer["{0} people shown", row.PeopleShown].Value : null;
        return string.Join("; ", new[] { purpose, shown }.Where(t => t is not null));
    }

    public string AlertText(AccessAlerts alerts) =>
        string.Join(", ", Enum.GetValues<AccessAlerts>().Where(a => a != AccessAlerts.None && alerts.HasFlag(a)).Select(a => localizer.Text(a)));

    private Guid? _applicantId;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var viewer = Viewer;
        AreaName = viewer.UnitId is { } unit
            ? await db.Units.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync(cancellationToken)
            : await db.Districts.Where(d => d.Id == viewer.DistrictId).Select(d => d.Name).SingleAsync(cancellationToken);
        RecentChecks = await db.LogChecks.AsNoTracking()
            .Where(c => viewer.UnitId != null ? c.UnitId == viewer.UnitId : c.DistrictId == viewer.DistrictId)
            .OrderByDescending(c => c.CheckedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
        Criteria = await ReadCriteriaAsync(cancellationToken);
        if (Criteria is null)
        {
            return;
        }

        (Entries, FlaggedEntries) = await search.CountAsync(viewer, Criteria, cancellationToken);
        Rows = await search.ReadAsync(viewer, Criteria, (PageNumber - 1) * AccessLogSearch.PageSize, AccessLogSearch.PageSize, cancellationToken);
    }

    /// <summary>The criteria from the form, or null with the problems in ModelState. An empty period is last month.</summary>
    private async Task<AccessLogCriteria?> ReadCriteriaAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        if (string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To))
        {
            From = lastMonth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            To = lastMonth.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        var from = ParseDay(From, nameof(From), localizer["Enter the first day as YYYY-MM-DD."]);
        var to = ParseDay(To, nameof(To), localizer["Enter the last day as YYYY-MM-DD."]);
        if (from is { } f && to is { } t)
        {
            if (t < f)
            {
                ModelState.AddModelError(nameof(To), localizer["The period must end on or after its first day."]);
            }
            else if (t.DayNumber - f.DayNumber >= MaxDays)
            {
                ModelState.AddModelError(nameof(To), localizer["A search covers at most one year."]);
            }
        }

        string? digits = null;
        if (!string.IsNullOrWhiteSpace(Applicant))
        {
            var error = PersonalIdentityNumber.TryParse(Applicant, today, out var pin);
            if (error == PersonalIdentityNumberError.None)
            {
                digits = pin!.Digits;
            }
            else
            {
                ModelState.AddModelError(nameof(Applicant), PersonalIdentityNumberMessages.For(error, localizer));
            }
        }

        if (Kind is { } kind && !Enum.IsDefined(kind))
        {
            ModelState.AddModelError(nameof(Kind), localizer["Choose a kind of access from the list."]);
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        _applicantId = digits is null
            ? null
            : await db.Applicants.IgnoreQueryFilters().Where(a => a.PersonalIdentityNumber == digits).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        return new AccessLogCriteria(from!.Value, to!.Value, Who, digits, Kind, FlaggedOnly, _applicantId);
    }

    private DateOnly? ParseDay(string? text, string field, string message)
    {
        if (FormValues.Date(text) is { } day)
        {
            return day;
        }

        ModelState.AddModelError(field, message);
        return null;
    }

    /// <summary>The search as words, for the check's record; never the personnummer.</summary>
    private string Describe()
    {
        List<string> parts =
        [
            .. string.IsNullOrWhiteSpace(Who) ? [] : new[] { localizer["User “{0}”", Who.Trim()].Value },
            .. Criteria?.ApplicantDigits is null ? [] : new[] { localizer["One applicant"].Value },
            .. Kind is { } kind ? new[] { localizer.Text(kind) } : [],
            .. FlaggedOnly ? new[] { localizer["Flagged only"].Value } : [],
        ];
        return parts.Count == 0 ? localizer["All entries"] : string.Join(", ", parts);
    }

    /// <summary>The search for the audit row, in the log's own language; the applicant is the row's id, never the personnummer.</summary>
    private string DescribeForAudit() =>
        string.Create(CultureInfo.InvariantCulture, $"{Criteria?.From:yyyy-MM-dd}..{Criteria?.To:yyyy-MM-dd} user={Who?.Trim()} kind={Kind} flagged={FlaggedOnly}");
}
