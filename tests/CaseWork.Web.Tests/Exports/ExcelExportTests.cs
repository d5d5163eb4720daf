using CaseWork.Web.Exports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MiniExcelLibs;

namespace CaseWork.Web.Tests.Exports;

public class ExcelExportTests
{
    [Fact]
    public void Workbook_ReadBack_HasTheHeadersNumbersAsNumbersAndSwedishLettersIntact()
    {
        using var file = Write(ExportSamples.Indicator2);

        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

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
        MiniExcel.GetSheetNames(file).ShouldBe(["Indikator 2 långvariga, andel a"]);
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
