using CaseWork.Web.Exports;
using CaseWork.Web.Tests.Infrastructure;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;

namespace CaseWork.Web.Tests.Exports;

public class ExcelExportTests
{
    [Fact]
    public void Workbook_ReadBack_HasTheHeadersNumbersAsNumbersAndSwedishLettersIntact()
    {
        using var file = Write(ExportSamples.Indicator2);

        var rows = MiniExcel.Query(file, useHeaderRow: true, startCell: ExcelExport.HeaderCell).Cast<IDictionary<string, object?>>().ToList();

        rows.Count.ShouldBe(3);
        rows[0].Keys.ShouldBe(["Stadsdel", "Andel (%)", "Mål (%)", "Vuxna", "Per"]);
        rows[0]["Stadsdel"].ShouldBe("Spånga-Tensta");
        rows[1]["Stadsdel"].ShouldBe("Hägersten-Liljeholmen");
        rows[2]["Stadsdel"].ShouldBe("Älvsjö");
        rows[0]["Andel (%)"].ShouldBeOfType<double>().ShouldBe(65.9);
        rows[1]["Andel (%)"].ShouldBe(48.25);
        rows[2]["Andel (%)"].ShouldBe(-1.5);
        rows[0]["Vuxna"].ShouldBeOfType<double>().ShouldBe(1337);
        rows[1]["Mål (%)"].ShouldBeNull();
        rows[0]["Per"].ShouldBe(new DateTime(2026, 4, 30));
    }

    [Fact]
    public void Workbook_IsValidOpenXml_WithOneSheetNamedAfterTheTable()
    {
        using var file = Write(ExportSamples.Indicator2);

        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        errors.ShouldBeEmpty();
        MiniExcel.GetSheetNames(file).ShouldBe(["2 Långvariga av mottagare"]);
    }

    /// <summary>
    /// ExcelJS (and other streaming readers that match element names, not namespaces) reads no sheet from a part whose
    /// SpreadsheetML elements carry a prefix ("x:worksheet"), which MiniExcel writes. Every SpreadsheetML part of the
    /// workbook names its elements as Excel itself does: in the default namespace, without a prefix; a drawing keeps
    /// its "xdr:", as Excel writes it and those readers expect it.
    /// </summary>
    [Fact]
    public void Workbook_Parts_WriteSpreadsheetElementsWithoutAPrefix_AsExcelDoes()
    {
        using var file = Write(ExportSamples.Indicator2);
        using var zip = new System.IO.Compression.ZipArchive(file, System.IO.Compression.ZipArchiveMode.Read);

        var parts = zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        parts.Select(p => p.FullName).ShouldContain("xl/worksheets/sheet1.xml");
        parts.Select(p => p.FullName).ShouldContain("xl/workbook.xml");
        foreach (var part in parts)
        {
            using var reader = new StreamReader(part.Open());
            var root = System.Xml.Linq.XDocument.Parse(reader.ReadToEnd()).Root!;
            if (root.Name.Namespace != UnprefixedParts.SpreadsheetMl)
            {
                root.GetPrefixOfNamespace(root.Name.Namespace).ShouldNotBeNullOrEmpty(part.FullName);
                continue;
            }

            root.DescendantsAndSelf().Where(e => e.Name.Namespace == root.Name.Namespace)
                .Select(e => e.GetPrefixOfNamespace(e.Name.Namespace)).Where(prefix => !string.IsNullOrEmpty(prefix)).Distinct()
                .ShouldBeEmpty(part.FullName);
        }
    }

    [Fact]
    public void Workbook_WithoutASheetName_IsNamedAfterTheTitle_CutToExcelsLimit()
    {
        using var file = Write(new ExportTable(ExportSamples.Indicator2.Title, ExportSamples.Indicator2.Columns, ExportSamples.Indicator2.Rows));

        MiniExcel.GetSheetNames(file).ShouldBe(["Indikator 2 långvariga, andel a"]);
    }

    [Fact]
    public void Workbook_HasTheTitleAndWhenAbove_AnEmptyRow_AndTheHeaderInRowFour_Frozen()
    {
        using var file = Write(ExportSamples.Indicator2);

        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var cells = sheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!, c => Text(document, c));

        cells["A1"].ShouldBe(ExportSamples.Indicator2.Title);
        cells["A2"].ShouldBe("Siffrorna gäller per 2026-12-07 10:15.");
        cells.Where(c => c.Key.EndsWith('3') && c.Key.Length == 2).Select(c => c.Value).ShouldAllBe(v => v == string.Empty);
        "ABCDE".Select(column => cells[$"{column}4"]).ShouldBe(["Stadsdel", "Andel (%)", "Mål (%)", "Vuxna", "Per"]);
        ExcelExport.HeaderRow.ShouldBe(4);
        ExcelExport.HeaderCell.ShouldBe("A4");
        sheet.Descendants<Pane>().Single().TopLeftCell!.Value.ShouldBe("A5");
        cells["A5"].ShouldBe("Spånga-Tensta");
    }

    [Fact]
    public void Workbook_ReadFromTheTop_ByAReaderThatTakesNoHeader_ShowsTitleThenHeader()
    {
        using var file = Write(ExportSamples.Indicator2);

        var rows = MiniExcel.Query(file).Cast<IDictionary<string, object?>>().ToList();

        rows[0]["A"].ShouldBe(ExportSamples.Indicator2.Title);
        rows[3].Values.ShouldBe(["Stadsdel", "Andel (%)", "Mål (%)", "Vuxna", "Per"]);
        rows.Count.ShouldBe(ExcelExport.HeaderRow + 3);
    }

    [Fact]
    public void Workbook_LeavesACellWithNoData_Empty_NotZero()
    {
        using var file = Write(ExportSamples.Indicator2);

        using var document = SpreadsheetDocument.Open(file, isEditable: false);
        var target = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Cell>().SingleOrDefault(c => c.CellReference!.Value == "C6");

        (target is null ? string.Empty : Text(document, target)).ShouldBe(string.Empty);
    }

    private static string Text(SpreadsheetDocument document, Cell cell)
    {
        var value = cell.CellValue?.Text ?? cell.InlineString?.Text?.Text ?? string.Empty;
        return cell.DataType?.Value == CellValues.SharedString
            ? document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().ElementAt(int.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).InnerText
            : value;
    }

    [Theory]
    [InlineData("SharedResource.resx")]
    [InlineData("SharedResource.en.resx")]
    public void EveryIndicatorsSheetName_IsWhole_NeverCutByExcelsLimit(string file)
    {
        var resources = System.Xml.Linq.XDocument.Load(Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web", "Resources", "Localization", file))
            .Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

        foreach (var measure in Enum.GetValues<CaseWork.Domain.Indicators.IndicatorMeasure>())
        {
            var name = resources[$"MeasureSheet.{measure}"];
            ExcelExport.SheetName(name).ShouldBe(name, $"{measure} in {file}");
        }

        foreach (var key in new[] { "Indicators", "Households by reason", "Effect of interventions", "Access log" })
        {
            ExcelExport.SheetName(resources[key]).ShouldBe(resources[key], $"{key} in {file}");
        }
    }

    [Theory]
    [InlineData("Mål: 2026/2027 [utkast]", "Mål 20262027 utkast")]
    [InlineData("???", "Tabell")]
    public void SheetName_DropsWhatExcelForbids(string title, string sheet) => ExcelExport.SheetName(title).ShouldBe(sheet);

    private static MemoryStream Write(ExportTable table)
    {
        var stream = new MemoryStream();
        ExcelExport.Write(table, stream);
        stream.Position = 0;
        return stream;
    }
}
