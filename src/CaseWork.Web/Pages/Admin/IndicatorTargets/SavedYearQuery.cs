namespace CaseWork.Web.Pages.Admin.IndicatorTargets;

/// <summary>The reads of the targets page: the saved year as the grid the form edits, the districts, who saved a year last.</summary>
public static class SavedYearQuery
{
    /// <summary>Tracked when the figures are to be changed, so that each update checks the row's xmin.</summary>
    public static async Task<TargetGrid> LoadAsync(CaseWorkDbContext db, int year, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var populations = tracked ? db.DistrictPopulations : db.DistrictPopulations.AsNoTracking();
        var targets = tracked ? db.IndicatorTargets : db.IndicatorTargets.AsNoTracking();
        return new TargetGrid(
            year,
            await populations.Where(p => p.Year == year).ToListAsync(cancellationToken),
            await targets.Where(t => t.Year == year).ToListAsync(cancellationToken));
    }

    /// <summary>The year's figures, or the year before's when the year has none yet (the form starts from them); <c>PrefilledFrom</c> says which.</summary>
    public static async Task<(TargetGrid Saved, int? PrefilledFrom)> LoadOrPreviousAsync(CaseWorkDbContext db, int year, CancellationToken cancellationToken)
    {
        var saved = await LoadAsync(db, year, tracked: false, cancellationToken);
        if (!saved.IsEmpty)
        {
            return (saved, null);
        }

        var previous = await LoadAsync(db, year - 1, tracked: false, cancellationToken);
        return previous.IsEmpty ? (saved, null) : (previous, year - 1);
    }

    /// <summary>Every district, by name: the rows of the form.</summary>
    public static Task<List<DistrictName>> DistrictsAsync(CaseWorkDbContext db, CancellationToken cancellationToken) =>
        db.Districts.AsNoTracking().OrderBy(d => d.Name).Select(d => new DistrictName(d.Id, d.Name)).ToListAsync(cancellationToken);

    /// <summary>The audit detail; it starts with the year so that a conflict can name who saved that year last.</summary>
    public static string AuditDetail(int year, int changed) => string.Create(CultureInfo.InvariantCulture, $"{YearPrefix(year)} {changed} values changed");

    /// <summary>The name of whoever saved the year's figures last, or null.</summary>
    public static Task<string?> LastSavedByAsync(CaseWorkDbContext db, int year, CancellationToken cancellationToken) =>
        db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.IndicatorTargetsChanged && e.Detail!.StartsWith(YearPrefix(year)))
            .OrderByDescending(e => e.Id)
            .Select(e => db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? e.UserName)
            .FirstOrDefaultAsync(cancellationToken);

    private static string YearPrefix(int year) => string.Create(CultureInfo.InvariantCulture, $"year {year}:");
}
