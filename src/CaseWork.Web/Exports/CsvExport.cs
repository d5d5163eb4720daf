using CsvHelper;

namespace CaseWork.Web.Exports;

/// <summary>
/// Writes a table as CSV the way Swedish Excel opens it by double-click: UTF-8 with a byte-order mark, semicolons
/// between fields, a decimal comma.
/// </summary>
public static class CsvExport
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CultureInfo Swedish = SwedishWithPlainMinus();

    public static FileResult File(ExportTable table, string fileName) =>
        new ExportFileResult(ContentType, fileName + ".csv", stream => Write(table, stream));

    public static void Write(ExportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        // Quoting follows RFC 4180: a field with a separator, a quote or a line break is quoted, quotes doubled.
        using var csv = CsvWriter.Create(stream, new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true, NewLine = "\r\n" }, leaveOpen: true);
        foreach (var column in table.Columns)
        {
            csv.WriteField(Neutralized(column.Header));
        }

        csv.EndRecord();
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Count; i++)
            {
                csv.WriteField(Text(row[i], table.Columns[i]));
            }

            csv.EndRecord();
        }
    }

    private static string Text(object? value, ExportColumn column) => value switch
    {
        null => string.Empty,
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        IFormattable number when ExportTable.IsNumber(value) => number.ToString(column.Decimals is { } d ? "F" + d.ToString(CultureInfo.InvariantCulture) : "0.##########", Swedish),
        _ => Neutralized(Convert.ToString(value, CultureInfo.CurrentCulture) ?? string.Empty),
    };

    /// <summary>
    /// Text that Excel would take for a formula gets a leading apostrophe (OWASP's advice on CSV injection). Done here,
    /// not by CsvHelper's option, which would also touch negative numbers.
    /// </summary>
    private static string Neutralized(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Swedish numbers, but with the ASCII minus: Excel does not read .NET's U+2212 as a sign.</summary>
    private static CultureInfo SwedishWithPlainMinus()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("sv-SE").Clone();
        culture.NumberFormat.NegativeSign = "-";
        return culture;
    }
}
