namespace CaseWork.Web.Exports;

/// <summary>
/// A table as it is exported: a title (with a subtitle and a sheet name for Excel), its columns and rows of cells. Numbers stay numbers (int, long, decimal, double),
/// dates stay dates (DateOnly, DateTime); everything else is written as text, and null as an empty cell.
/// </summary>
public sealed record ExportTable
{
    public ExportTable(string title, IReadOnlyList<ExportColumn> columns, IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Select(c => c.Header).Distinct(StringComparer.OrdinalIgnoreCase).Count() != columns.Count)
        {
            throw new ArgumentException("An export needs columns, each with its own header.", nameof(columns));
        }

        if (rows.Any(r => r.Count != columns.Count))
        {
            throw new ArgumentException("Every row needs one cell per column.", nameof(rows));
        }

        Title = title;
        Columns = columns;
        Rows = rows;
    }

    /// <summary>What the table is, with its area and period ("Nyckeltal – Spånga-Tensta – tertial 3 2026"): Excel's first row.</summary>
    public string Title { get; }

    /// <summary>The line under the title, such as when the figures were counted (in Swedish time): Excel's second row.</summary>
    public string? Subtitle { get; init; }

    /// <summary>A short, complete name for the Excel sheet (at most 31 characters); the title, cut to fit, when not given.</summary>
    public string? SheetName { get; init; }

    public IReadOnlyList<ExportColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    public static bool IsNumber(object? value) => value is int or long or decimal or double or float or short;
}

/// <summary>A column: its header, and for numbers how many decimals to show (null: as many as the number has).</summary>
public sealed record ExportColumn(string Header, int? Decimals = null);
