namespace CaseWork.Infrastructure.Indicators;

/// <summary>
/// The targets and adult populations the administrator recorded, for dashboards. Each call is one query, however many
/// districts and years are asked for.
/// </summary>
public sealed class IndicatorTargetQueries(CaseWorkDbContext db)
{
    public async Task<IReadOnlyList<DistrictTarget>> TargetsAsync(
        IReadOnlyCollection<int> districtIds, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        await db.IndicatorTargets.AsNoTracking()
            .Where(t => districtIds.Contains(t.DistrictId) && t.Year >= fromYear && t.Year <= toYear)
            .OrderBy(t => t.DistrictId).ThenBy(t => t.Year).ThenBy(t => t.Measure)
            .Select(t => new DistrictTarget(t.DistrictId, t.Year, t.Measure, t.Value))
            .ToListAsync(cancellationToken);

    public Task<IReadOnlyList<DistrictTarget>> TargetsAsync(
        IReadOnlyCollection<int> districtIds, int year, CancellationToken cancellationToken = default) =>
        TargetsAsync(districtIds, year, year, cancellationToken);

    /// <summary>The target, or null when the administrator set none.</summary>
    public async Task<decimal?> TargetAsync(int districtId, int year, IndicatorMeasure measure, CancellationToken cancellationToken = default) =>
        await db.IndicatorTargets.AsNoTracking()
            .Where(t => t.DistrictId == districtId && t.Year == year && t.Measure == measure)
            .Select(t => (decimal?)t.Value)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<DistrictAdults>> PopulationsAsync(
        IReadOnlyCollection<int> districtIds, int fromYear, int toYear, CancellationToken cancellationToken = default) =>
        await db.DistrictPopulations.AsNoTracking()
            .Where(p => districtIds.Contains(p.DistrictId) && p.Year >= fromYear && p.Year <= toYear)
            .OrderBy(p => p.DistrictId).ThenBy(p => p.Year)
            .Select(p => new DistrictAdults(p.DistrictId, p.Year, p.Adults))
            .ToListAsync(cancellationToken);

    public Task<IReadOnlyList<DistrictAdults>> PopulationsAsync(
        IReadOnlyCollection<int> districtIds, int year, CancellationToken cancellationToken = default) =>
        PopulationsAsync(districtIds, year, year, cancellationToken);
}

public sealed record DistrictTarget(int DistrictId, int Year, IndicatorMeasure Measure, decimal Value);

public sealed record DistrictAdults(int DistrictId, int Year, int Adults);
