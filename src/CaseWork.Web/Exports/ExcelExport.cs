using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace CaseWork.Web.Exports;

/// <summary>Writes a table as an .xlsx workbook of one sheet, named after the table, with numbers as numeric cells.</summary>
public static class ExcelExport
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const int MaxSheetName = 31;

    public static FileResult File(ExportTable table, string fileName) =>
        new ExportFileResult(ContentType, fileName + ".xlsx", stream => Write(table, stream));

    /// <summary>
    /// Synchronous on purpose: MiniExcel 1.46's asynchronous writer puts an element inside sheetData that the OpenXML
    /// schema does not allow (ExcelExportTests checks the file against the schema).
    /// </summary>
    public static void Write(ExportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = table.Rows.Select(row => (IDictionary<string, object?>)table.Columns
            .Select((column, i) => (column.Header, Value: Cell(row[i])))
            .ToDictionary(c => c.Header, c => c.Value));
        var configuration = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            AutoFilter = true,
            DynamicColumns = table.Columns.Select((column, i) => Column(table, column, i)).ToArray(),
        };
        MiniExcel.SaveAs(stream, rows, printHeader: true, sheetName: SheetName(table.Title), excelType: ExcelType.XLSX, configuration: configuration);
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
