using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CaseWork.Web.Exports;

/// <summary>
/// Writes a table as an .xlsx workbook of one sheet: the title in row 1, the subtitle (when the figures were counted) in
/// row 2, an empty row, then the header in row <see cref="HeaderRow"/>, frozen, and the rows under it, numbers as
/// numeric cells. Readers that take the first row as the header are pointed at <see cref="HeaderCell"/>.
/// </summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>The row of the column headers, under the title, the subtitle and an empty row.</summary>
    public const int HeaderRow = 4;

    /// <summary>Where a reader finds the header row ("A4"), e.g. MiniExcel's <c>startCell</c>.</summary>
    public const string HeaderCell = "A4";

    private const int MaxSheetName = 31;

    public static FileResult File(ExportTable table, string fileName) =>
        new ExportFileResult(ContentType, fileName + ".xlsx", stream => Write(table, stream));

    /// <summary>
    /// Synchronous on purpose: MiniExcel 1.46's asynchronous writer puts an element inside sheetData that the OpenXML
    /// schema does not allow (ExcelExportTests checks the file against the schema). MiniExcel's own header and
    /// filter would sit in row 1, above the title, so the header is written as a row of its own and has no filter.
    /// </summary>
    public static void Write(ExportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        var keys = table.Columns.Select(c => c.Header).ToList();
        IDictionary<string, object?> Row(Func<int, object?> cell) => keys.Select((key, i) => (key, Value: cell(i))).ToDictionary(c => c.key, c => c.Value);

        var rows = new List<IDictionary<string, object?>>
        {
            Row(i => i == 0 ? table.Title : null),
            Row(i => i == 0 ? table.Subtitle : null),
            Row(_ => null),
            Row(i => keys[i]),
        };
        rows.AddRange(table.Rows.Select(row => Row(i => Cell(row[i]))));
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = HeaderRow,
            AutoFilter = false,
            DynamicColumns = table.Columns.Select((column, i) => Column(table, column, i)).ToArray(),
        };
        using var written = new MemoryStream();
        MiniExcel.SaveAs(written, rows, printHeader: false, sheetName: SheetName(table.SheetName ?? table.Title), excelType: ExcelType.XLSX, configuration: configuration);
        UnprefixedParts.Copy(written, stream);
    }

    /// <summary>Excel's rules for a sheet name: at most 31 characters, none of : \ / ? * [ ].</summary>
    public static string SheetName(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var name = new string(title.Where(c => c is not (':' or '\\' or '/' or '?' or '*' or '[' or ']')).ToArray()).Trim().Trim('\'');
        name = name.Length > MaxSheetName ? name[..MaxSheetName].TrimEnd() : name;
        return name.Length == 0 ? "Tabell" : name;
    }

    private static object? Cell(object? value) => value switch
    {
        DateOnly date => date.ToDateTime(TimeOnly.MinValue),
        null => null,
        _ when ExportTable.IsNumber(value) || value is DateTime => value,
        _ => Convert.ToString(value, CultureInfo.CurrentCulture),
    };

    private static DynamicExcelColumn Column(ExportTable table, ExportColumn column, int index)
    {
        var values = table.Rows.Select(r => r[index]).Where(v => v is not null).ToList();
        var widest = values.Select(v => Convert.ToString(v, CultureInfo.CurrentCulture)?.Length ?? 0).Append(column.Header.Length).Max();
        return new DynamicExcelColumn(column.Header)
        {
            Width = Math.Clamp(widest + 2, 8, 60),
            Format = values.FirstOrDefault() switch
            {
                DateOnly => "yyyy-mm-dd",
                DateTime => "yyyy-mm-dd hh:mm",
                _ when column.Decimals is { } d => d == 0 ? "0" : "0." + new string('0', d),
                _ => null,
            },
        };
    }
}
