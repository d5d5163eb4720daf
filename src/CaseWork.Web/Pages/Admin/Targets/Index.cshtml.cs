using CaseWork.Domain.Indicators;

namespace CaseWork.Web.Pages.Admin.Targets;

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
        Districts = await LoadDistrictsAsync(cancellationToken);
        if (!TryReadYear(out var year))
        {
            return;
        }

        ShownYear = year;
        var saved = await SavedYear.LoadAsync(db, year, tracked: false, cancellationToken);
        if (saved.IsEmpty)
        {
            var previous = await SavedYear.LoadAsync(db, year - 1, tracked: false, cancellationToken);
            if (!previous.IsEmpty)
            {
                PrefilledFrom = year - 1;
                saved = previous;
            }
        }

        Rows = Districts.Select(d => DistrictRow.From(d.Id, saved, withVersions: PrefilledFrom is null)).ToList();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Districts = await LoadDistrictsAsync(cancellationToken);
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

        var saved = await SavedYear.LoadAsync(db, year, tracked: true, cancellationToken);
        if (await ShowConflictsAsync(typed, saved, year, cancellationToken))
        {
            return Page();
        }

        var changed = Apply(typed, saved, year);
        audit.Add(AuditAction.IndicatorTargetsChanged, null, AuditDetail(year, changed));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || (ex is DbUpdateException update && update.IsUniqueViolation()))
        {
            // A colleague saved between our read and our write.
            db.ChangeTracker.Clear();
            saved = await SavedYear.LoadAsync(db, year, tracked: false, cancellationToken);
            await ShowConflictsAsync(typed, saved, year, cancellationToken, raced: true);
            return Page();
        }

        TempData["StatusMessage"] = changed == 0
            ? localizer["Nothing was changed for {0}.", year].Value
            : localizer["The targets and populations for {0} have been saved. Values changed: {1}.", year, changed].Value;
        return RedirectToPage(new { year });
    }

    /// <summary>The audit detail; it starts with the year so that a conflict can name who saved that year last.</summary>
    private static string AuditDetail(int year, int changed) => string.Create(CultureInfo.InvariantCulture, $"{YearPrefix(year)} {changed} values changed");

    private static string YearPrefix(int year) => string.Create(CultureInfo.InvariantCulture, $"year {year}:");

    private bool TryReadYear(out int year)
    {
        if (!int.TryParse(Year?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            ModelState.AddModelError(nameof(Year), Texts.YearNotANumber(CurrentYear));
            return false;
        }

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
                    values.Add(new TypedValue(cell, null, Rows[i].Version(cell)));
                    continue;
                }

                var problem = !SwedishNumber.TryParse(text, out var value) ? Texts.NotANumber(cell.Measure)
                    : (cell.Measure is { } m ? TargetRules.Problem(m, value) : PopulationRules.Problem(value)) is { } code ? Texts.Refusal(code, cell.Measure)
                    : null;
                if (problem is null)
                {
                    values.Add(new TypedValue(cell, value, Rows[i].Version(cell)));
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
    private async Task<bool> ShowConflictsAsync(List<TypedValue> typed, SavedYear saved, int year, CancellationToken cancellationToken, bool raced = false)
    {
        foreach (var value in typed)
        {
            var theirs = saved.Value(value.Cell.DistrictId, value.Cell.Measure);
            if (saved.Version(value.Cell.DistrictId, value.Cell.Measure) != value.LoadedVersion && theirs != value.Value)
            {
                Conflicts.Add(new TargetConflict(value.Cell, LabelOf(value.Cell), Texts.Shown(theirs, value.Cell.Measure), Texts.Shown(value.Value, value.Cell.Measure)));
            }
        }

        if (Conflicts.Count == 0 && !raced)
        {
            return false;
        }

        foreach (var value in typed)
        {
            Rows[value.Cell.Row].SetVersion(value.Cell, saved.Version(value.Cell.DistrictId, value.Cell.Measure));
        }

        var who = await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.IndicatorTargetsChanged && e.Detail!.StartsWith(YearPrefix(year)))
            .OrderByDescending(e => e.Id)
            .Select(e => db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? e.UserName)
            .FirstOrDefaultAsync(cancellationToken);
        ModelState.AddModelError(string.Empty, who is null
            ? localizer["Someone else saved targets for {0} while you were editing. Your values are still in the form: compare them with theirs, then save again to keep yours.", year]
            : localizer["{0} saved targets for {1} while you were editing. Your values are still in the form: compare them with theirs, then save again to keep yours.", who, year]);
        foreach (var conflict in Conflicts)
        {
            ModelState.AddModelError(conflict.Cell.Key, localizer["{0}: saved meanwhile as {1}, yours is {2}.", conflict.Label, conflict.Theirs, conflict.Yours]);
        }

        return true;
    }

    /// <summary>Writes the typed values over the saved rows; an emptied field removes its target. Returns how many changed.</summary>
    private int Apply(List<TypedValue> typed, SavedYear saved, int year)
    {
        var changed = 0;
        foreach (var (cell, value, _) in typed)
        {
            object? row = cell.Measure is { } m ? saved.Targets.GetValueOrDefault((cell.DistrictId, m)) : saved.Populations.GetValueOrDefault(cell.DistrictId);
            var before = saved.Value(cell.DistrictId, cell.Measure);
            if (before == value)
            {
                continue;
            }

            changed++;
            switch (row, value, cell.Measure)
            {
                case (not null, null, _):
                    db.Remove(row);
                    break;
                case (IndicatorTarget target, { } v, _):
                    target.Change(v);
                    break;
                case (DistrictPopulation population, { } v, _):
                    population.Change((int)v);
                    break;
                case (null, { } v, { } measure):
                    db.IndicatorTargets.Add(new IndicatorTarget(cell.DistrictId, year, measure, v, CurrentYear));
                    break;
                case (null, { } v, null):
                    db.DistrictPopulations.Add(new DistrictPopulation(cell.DistrictId, year, (int)v, CurrentYear));
                    break;
            }
        }

        return changed;
    }

    public string NameOf(int districtId) => Districts.FirstOrDefault(d => d.Id == districtId)?.Name ?? string.Empty;

    private string LabelOf(TargetCell cell) => Texts.Label(NameOf(cell.DistrictId), cell.Measure);

    private Task<List<DistrictName>> LoadDistrictsAsync(CancellationToken cancellationToken) =>
        db.Districts.AsNoTracking().OrderBy(d => d.Name).Select(d => new DistrictName(d.Id, d.Name)).ToListAsync(cancellationToken);

    private sealed record TypedValue(TargetCell Cell, decimal? Value, uint? LoadedVersion);
}

public sealed record DistrictName(int Id, string Name);

/// <summary>A field a colleague saved differently while this form was open.</summary>
public sealed record TargetConflict(TargetCell Cell, string Label, string Theirs, string Yours);
