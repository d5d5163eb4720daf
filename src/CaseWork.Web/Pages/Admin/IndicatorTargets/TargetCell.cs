namespace CaseWork.Web.Pages.Admin.IndicatorTargets;

/// <summary>One field of the form: a district's adult population (no measure) or its target for one measure.</summary>
public sealed record TargetCell(int Row, int DistrictId, IndicatorMeasure? Measure)
{
    public static IReadOnlyList<IndicatorMeasure> Measures => IndicatorMeasures.All;

    public GridFigure Figure => new(DistrictId, Measure);

    /// <summary>The model-state key, which is also the field's name; <see cref="Validation.FieldIds"/> turns it into the id.</summary>
    public string Key => Measure is { } measure
        ? string.Create(CultureInfo.InvariantCulture, $"Rows[{Row}].Targets[{Column(measure)}]")
        : string.Create(CultureInfo.InvariantCulture, $"Rows[{Row}].Adults");

    public string VersionKey => Measure is { } measure
        ? string.Create(CultureInfo.InvariantCulture, $"Rows[{Row}].Versions[{Column(measure)}]")
        : string.Create(CultureInfo.InvariantCulture, $"Rows[{Row}].AdultsVersion");

    private static readonly Dictionary<IndicatorMeasure, int> Columns = Measures.Select((m, i) => (m, i)).ToDictionary(x => x.m, x => x.i);

    public static int Column(IndicatorMeasure measure) => Columns[measure];

    /// <summary>Every field of a row, the population first.</summary>
    public static IEnumerable<TargetCell> OfRow(int row, int districtId) =>
        Measures.Select(m => new TargetCell(row, districtId, m)).Prepend(new TargetCell(row, districtId, null));
}

/// <summary>One district's row of the form as typed: text, so that what was typed survives a refusal.</summary>
public sealed class DistrictRow
{
    public int DistrictId { get; set; }

    public string? Adults { get; set; }

    /// <summary>The xmin the population was loaded with; empty when there was none.</summary>
    public string? AdultsVersion { get; set; }

    public List<string?> Targets { get; set; } = [];

    public List<string?> Versions { get; set; } = [];

    public string? Text(TargetCell cell) => cell.Measure is { } m ? Targets[TargetCell.Column(m)] : Adults;

    public uint? Version(TargetCell cell) =>
        uint.TryParse(cell.Measure is { } m ? Versions[TargetCell.Column(m)] : AdultsVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : null;

    public void SetVersion(TargetCell cell, uint? version)
    {
        var text = version?.ToString(CultureInfo.InvariantCulture);
        if (cell.Measure is { } m)
        {
            Versions[TargetCell.Column(m)] = text;
        }
        else
        {
            AdultsVersion = text;
        }
    }

    /// <summary>A row filled from saved figures; without versions when they are another year's, offered as a start.</summary>
    public static DistrictRow From(int districtId, TargetGrid saved, bool withVersions) => new()
    {
        DistrictId = districtId,
        Adults = saved.Value(new(districtId, null)) is { } adults ? Validation.SwedishNumber.ForField(adults) : null,
        AdultsVersion = withVersions ? saved.Version(new(districtId, null))?.ToString(CultureInfo.InvariantCulture) : null,
        Targets = TargetCell.Measures.Select(m => saved.Value(new(districtId, m)) is { } v ? Validation.SwedishNumber.ForField(v) : null).ToList(),
        Versions = TargetCell.Measures.Select(m => withVersions ? saved.Version(new(districtId, m))?.ToString(CultureInfo.InvariantCulture) : null).ToList(),
    };

    /// <summary>A posted row with every list as long as the measures, whatever the browser sent.</summary>
    public DistrictRow Complete()
    {
        Targets = TargetCell.Measures.Select((_, i) => Targets.ElementAtOrDefault(i)).ToList();
        Versions = TargetCell.Measures.Select((_, i) => Versions.ElementAtOrDefault(i)).ToList();
        return this;
    }
}

public sealed record DistrictName(int Id, string Name);

/// <summary>A field a colleague saved differently while this form was open.</summary>
public sealed record TargetConflict(TargetCell Cell, string Label, string Theirs, string Yours);
