namespace CaseWork.Domain.Indicators;

/// <summary>One figure of the targets grid: a district's adult population (no measure) or its target for one measure.</summary>
public readonly record struct GridFigure(int DistrictId, IndicatorMeasure? Measure)
{
    /// <summary>The code of the first rule the value breaks, or null when the figure may hold it.</summary>
    public string? Problem(decimal value) => Measure is { } measure ? TargetRules.Problem(measure, value) : PopulationRules.Problem(value);
}

/// <summary>A value typed for a figure (null: emptied), with the version of the saved row the form was loaded with.</summary>
public sealed record TypedFigure(GridFigure Figure, decimal? Value, uint? LoadedVersion);

/// <summary>What saving the grid adds and removes; changed rows are changed in place.</summary>
public sealed record TargetGridChanges(
    int Count,
    IReadOnlyList<IndicatorTarget> NewTargets,
    IReadOnlyList<DistrictPopulation> NewPopulations,
    IReadOnlyList<IndicatorTarget> RemovedTargets,
    IReadOnlyList<DistrictPopulation> RemovedPopulations);

/// <summary>
/// The targets and adult populations of every district for one year, as the administrator edits them in one form:
/// a typed value replaces the saved one, an emptied figure removes it, and a figure a colleague saved differently
/// since the form was loaded is a conflict to show rather than overwrite.
/// </summary>
public sealed class TargetGrid
{
    private readonly Dictionary<int, DistrictPopulation> _populations;
    private readonly Dictionary<(int DistrictId, IndicatorMeasure Measure), IndicatorTarget> _targets;

    public TargetGrid(int year, IEnumerable<DistrictPopulation> populations, IEnumerable<IndicatorTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(populations);
        ArgumentNullException.ThrowIfNull(targets);
        Year = year;
        _populations = populations.ToDictionary(p => p.DistrictId);
        _targets = targets.ToDictionary(t => (t.DistrictId, t.Measure));
        if (_populations.Values.Any(p => p.Year != year) || _targets.Values.Any(t => t.Year != year))
        {
            throw new ArgumentException("Every figure of the grid belongs to its year.", nameof(year));
        }
    }

    public int Year { get; }

    public bool IsEmpty => _populations.Count == 0 && _targets.Count == 0;

    public decimal? Value(GridFigure figure) => figure.Measure is { } m
        ? _targets.GetValueOrDefault((figure.DistrictId, m))?.Value
        : _populations.GetValueOrDefault(figure.DistrictId)?.Adults;

    public uint? Version(GridFigure figure) => figure.Measure is { } m
        ? _targets.GetValueOrDefault((figure.DistrictId, m))?.Version
        : _populations.GetValueOrDefault(figure.DistrictId)?.Version;

    /// <summary>The typed figures whose saved row changed since the form was loaded, to a value other than the one typed.</summary>
    public IReadOnlyList<TypedFigure> ChangedMeanwhile(IEnumerable<TypedFigure> typed) =>
        typed.Where(t => Version(t.Figure) != t.LoadedVersion && Value(t.Figure) != t.Value).ToList();

    /// <summary>Writes the typed values over the saved figures; an emptied figure removes its row.</summary>
    public TargetGridChanges Apply(IEnumerable<TypedFigure> typed, int currentYear)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var (count, newTargets, newPopulations, removedTargets, removedPopulations) = (0, new List<IndicatorTarget>(), new List<DistrictPopulation>(), new List<IndicatorTarget>(), new List<DistrictPopulation>());
        foreach (var (figure, value, _) in typed)
        {
            if (Value(figure) == value)
            {
                continue;
            }

            count++;
            if (figure.Measure is { } measure)
            {
                var target = _targets.GetValueOrDefault((figure.DistrictId, measure));
                switch (target, value)
                {
                    case (not null, null): removedTargets.Add(target); break;
                    case (not null, { } v): target.Change(v); break;
                    case (null, { } v): newTargets.Add(new IndicatorTarget(figure.DistrictId, Year, measure, v, currentYear)); break;
                }
            }
            else
            {
                var population = _populations.GetValueOrDefault(figure.DistrictId);
                switch (population, value)
                {
                    case (not null, null): removedPopulations.Add(population); break;
                    case (not null, { } v): population.Change((int)v); break;
                    case (null, { } v): newPopulations.Add(new DistrictPopulation(figure.DistrictId, Year, (int)v, currentYear)); break;
                }
            }
        }

        return new TargetGridChanges(count, newTargets, newPopulations, removedTargets, removedPopulations);
    }
}
