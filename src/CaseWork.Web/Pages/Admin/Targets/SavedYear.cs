using CaseWork.Domain.Indicators;

namespace CaseWork.Web.Pages.Admin.Targets;

/// <summary>The targets and populations saved for one year, in two queries.</summary>
public sealed class SavedYear
{
    private SavedYear(List<DistrictPopulation> populations, List<IndicatorTarget> targets)
    {
        Populations = populations.ToDictionary(p => p.DistrictId);
        Targets = targets.ToDictionary(t => (t.DistrictId, t.Measure));
    }

    public Dictionary<int, DistrictPopulation> Populations { get; }

    public Dictionary<(int DistrictId, IndicatorMeasure Measure), IndicatorTarget> Targets { get; }

    public bool IsEmpty => Populations.Count == 0 && Targets.Count == 0;

    /// <summary>Tracked when the figures are to be changed, so that each update checks the row's xmin.</summary>
    public static async Task<SavedYear> LoadAsync(CaseWorkDbContext db, int year, bool tracked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var populations = tracked ? db.DistrictPopulations : db.DistrictPopulations.AsNoTracking();
        var targets = tracked ? db.IndicatorTargets : db.IndicatorTargets.AsNoTracking();
        return new SavedYear(
            await populations.Where(p => p.Year == year).ToListAsync(cancellationToken),
            await targets.Where(t => t.Year == year).ToListAsync(cancellationToken));
    }

    public decimal? Value(int districtId, IndicatorMeasure? measure) => measure is { } m
        ? Targets.GetValueOrDefault((districtId, m))?.Value
        : Populations.GetValueOrDefault(districtId)?.Adults;

    public uint? Version(int districtId, IndicatorMeasure? measure) => measure is { } m
        ? Targets.GetValueOrDefault((districtId, m))?.Version
        : Populations.GetValueOrDefault(districtId)?.Version;
}
