namespace CaseWork.Web.Pages.Admin.IndicatorTargets;

/// <summary>
/// The administrator's targets per district, measure and year, and each district's adult population, in one form per
/// year. Every field posts back the xmin it was loaded with, so a colleague's save of the same year is shown, not
/// overwritten.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty]
    public List<DistrictRow> Rows { get; set; } = [];

    public TargetTexts Texts { get; } = new(localizer);

    public int CurrentYear => clock.GetLocalNow().Year;

    /// <summary>The year whose figures the form holds; null when the year asked for is not one.</summary>
    public int? ShownYear { get; private set; }

    /// <summary>Every district, by name: the rows of the form.</summary>
    public List<DistrictName> Districts { get; private set; } = [];

    /// <summary>Set when the year had nothing and the form starts from the year before.</summary>
    public int? PrefilledFrom { get; private set; }

    /// <summary>Beside a field: the message for its refused value, without the district and measure the field already shows.</summary>
    public Dictionary<string, string> FieldErrors { get; } = [];

    public List<TargetConflict> Conflicts { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Year ??= CurrentYear.ToString(CultureInfo.InvariantCulture);
        Districts = await SavedYearQuery.DistrictsAsync(db, cancellationToken);
        if (!TryReadYear(out var year))
        {
            return;
        }

        ShownYear = year;
        (var saved, PrefilledFrom) = await SavedYearQuery.LoadOrPreviousAsync(db, year, cancellationToken);
        Rows = Districts.Select(d => DistrictRow.From(d.Id, saved, withVersions: PrefilledFrom is null)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Districts = await SavedYearQuery.DistrictsAsync(db, cancellationToken);
        // Rows in the order the page shows them, one per known district, whatever was posted.
        var posted = Rows.Where(r => r is not null).GroupBy(r => r.DistrictId).ToDictionary(g => g.Key, g => g.First().Complete());
        Rows = Districts.Where(d => posted.ContainsKey(d.Id)).Select(d => posted[d.Id]).ToList();
        var yearIsValid = TryReadYear(out var year);
        ShownYear = yearIsValid ? year : null;
        var typed = ReadCells();
        if (!yearIsValid || !ModelState.IsValid)
        {
            return Page();
        }

        var saved = await SavedYearQuery.LoadAsync(db, year, tracked: true, cancellationToken);
        if (await ShowConflictsAsync(typed, saved, year, cancellationToken))
        {
            return Page();
        }

        var changes = saved.Apply(typed.Select(t => t.Figure), CurrentYear);
        db.IndicatorTargets.AddRange(changes.NewTargets);
        db.DistrictPopulations.AddRange(changes.NewPopulations);
        db.IndicatorTargets.RemoveRange(changes.RemovedTargets);
        db.DistrictPopulations.RemoveRange(changes.RemovedPopulations);
        audit.Add(AuditAction.IndicatorTargetsChanged, null, SavedYearQuery.AuditDetail(year, changes.Count));
        async Task<IActionResult> ShowRaceAsync()
        {
            // A colleague saved between our read and our write.
            db.ChangeTracker.Clear();
            saved = await SavedYearQuery.LoadAsync(db, year, tracked: false, cancellationToken);
            await ShowConflictsAsync(typed, saved, year, cancellationToken, raced: true);
            return Page();
        }

        try
        {
            return await this.SaveFormAsync(
                () => db.SaveChangesAsync(cancellationToken),
                changes.Count == 0
                    ? localizer["Nothing was changed for {0}.", year].Value
                    : localizer["The targets and populations for {0} have been saved. Values changed: {1}.", year, changes.Count].Value,
                () => RedirectToPage(new { year }),
                conflict: null,
                _ => ShowRaceAsync());
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return await ShowRaceAsync();
        }
    }

    private bool TryReadYear(out int year)
    {
        if (FormValues.Count(Year) is not { } typed)
        {
            year = 0;
            ModelState.AddModelError(nameof(Year), Texts.YearNotANumber(CurrentYear));
            return false;
        }

        year = typed;
        if (!IndicatorYears.IsValid(year, CurrentYear))
        {
            ModelState.AddModelError(nameof(Year), Texts.YearOutOfRange(CurrentYear));
            return false;
        }

        return true;
    }

    /// <summary>Reads every field; a refused one gets its message beside it and, with its label, in the summary.</summary>
    private List<TypedValue> ReadCells()
    {
        var values = new List<TypedValue>();
        for (var i = 0; i < Rows.Count; i++)
        {
            foreach (var cell in TargetCell.OfRow(i, Rows[i].DistrictId))
            {
                var text = Rows[i].Text(cell);
                if (string.IsNullOrWhiteSpace(text))
                {
                    values.Add(new TypedValue(cell, new(cell.Figure, null, Rows[i].Version(cell))));
                    continue;
                }

                var problem = !SwedishNumber.TryParse(text, out var value) ? Texts.NotANumber(cell.Measure)
                    : cell.Figure.Problem(value) is { } code ? Texts.Refusal(code, cell.Measure)
                    : null;
                if (problem is null)
                {
                    values.Add(new TypedValue(cell, new(cell.Figure, value, Rows[i].Version(cell))));
                }
                else
                {
                    FieldErrors[cell.Key] = problem;
                    ModelState.AddModelError(cell.Key, $"{LabelOf(cell)}: {problem}");
                }
            }
        }

        return values;
    }

    /// <summary>
    /// Fields whose saved row changed since the form was loaded, to a value other than the one typed. The form then takes
    /// the new versions, so saving again overwrites the colleague's values on purpose.
    /// </summary>
    private async Task<bool> ShowConflictsAsync(List<TypedValue> typed, TargetGrid saved, int year, CancellationToken cancellationToken, bool raced = false)
    {
        var cells = typed.ToDictionary(t => t.Figure.Figure, t => t.Cell);
        foreach (var (figure, yours, _) in saved.ChangedMeanwhile(typed.Select(t => t.Figure)))
        {
            var cell = cells[figure];
            Conflicts.Add(new TargetConflict(cell, LabelOf(cell), Texts.Shown(saved.Value(figure), cell.Measure), Texts.Shown(yours, cell.Measure)));
        }

        if (Conflicts.Count == 0 && !raced)
        {
            return false;
        }

        foreach (var value in typed)
        {
            Rows[value.Cell.Row].SetVersion(value.Cell, saved.Version(value.Figure.Figure));
        }

        var who = await SavedYearQuery.LastSavedByAsync(db, year, cancellationToken);
        ModelState.AddModelError(string.Empty, who is null
            ? localizer["Someone else saved targets for {0} while you were editing. Your values are still in the form: compare them with theirs, then save again to keep yours.", year]
            : localizer["{0} saved targets for {1} while you were editing. Your values are still in the form: compare them with theirs, then save again to keep yours.", who, year]);
        foreach (var conflict in Conflicts)
        {
            ModelState.AddModelError(conflict.Cell.Key, localizer["{0}: saved meanwhile as {1}, yours is {2}.", conflict.Label, conflict.Theirs, conflict.Yours]);
        }

        return true;
    }

    public string NameOf(int districtId) => Districts.FirstOrDefault(d => d.Id == districtId)?.Name ?? string.Empty;

    private string LabelOf(TargetCell cell) => Texts.Label(NameOf(cell.DistrictId), cell.Measure);

    private sealed record TypedValue(TargetCell Cell, TypedFigure Figure);
}
