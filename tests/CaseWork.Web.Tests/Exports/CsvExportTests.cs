using System.Text;
using CaseWork.Web.Exports;

namespace CaseWork.Web.Tests.Exports;

public class CsvExportTests
{
    [Fact]
    public void Csv_StartsWithTheUtf8Bom_AndUsesSemicolonsAndDecimalCommas()
    {
        var bytes = Write(ExportSamples.Indicator2);

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        lines[0].ShouldBe("Stadsdel;Andel (%);Mål (%);Vuxna;Per");
        lines[1].ShouldBe("Spånga-Tensta;65,9;66,0;1337;2026-04-30");
        lines[2].ShouldBe("Hägersten-Liljeholmen;48,3;;912;2026-04-30");
        lines[3].ShouldBe("Älvsjö;-1,5;40,0;0;2026-08-31");
    }

    [Fact]
    public void Csv_QuotesSemicolonsQuotesAndLineBreaks()
    {
        var table = new ExportTable("Anteckningar", [new ExportColumn("Namn"), new ExportColumn("Text")],
        [
            ["Öberg; Anna", "Hon sa \"ja\""],
            ["Lind", "Första raden\nandra raden"],
        ]);

        var text = Encoding.UTF8.GetString(Write(table)[3..]);

        text.ShouldBe("Namn;Text\r\n\"Öberg; Anna\";\"Hon sa \"\"ja\"\"\"\r\nLind;\"Första raden\nandra raden\"\r\n");
    }

    [Fact]
    public void Csv_TextThatLooksLikeAFormula_IsNeutralized_ButNegativeNumbersStayNumbers()
    {
        var table = new ExportTable("Test", [new ExportColumn("Text"), new ExportColumn("Tal")], [["=HYPERLINK(\"x\")", -3], ["@SUM(A1)", -0.5m]]);

        var lines = Encoding.UTF8.GetString(Write(table)[3..]).Split("\r\n");

        lines[1].ShouldBe("\"'=HYPERLINK(\"\"x\"\")\";-3");
        lines[2].ShouldBe("'@SUM(A1);-0,5");
    }

    private static byte[] Write(ExportTable table)
    {
        using var stream = new MemoryStream();
        CsvExport.Write(table, stream);
        return stream.ToArray();
    }
}
