using CaseWork.Web.Exports;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;

namespace CaseWork.Web.Tests.Exports;

public class ExportFileTests
{
    [Theory]
    [InlineData("indikator-2-spanga-tensta-2026", "indikator", 2, "Spånga-Tensta", 2026)]
    [InlineData("halsa-arbete-alvsjo-t1", "Hälsa & arbete", "Älvsjö", "T1")]
    [InlineData("export", "???")]
    public void FileName_IsLowerCaseAsciiJoinedByHyphens(string expected, params object[] parts) =>
        ExportFileName.For(parts).ShouldBe(expected);

    [Fact]
    public async Task Download_IsAnAttachmentWithItsNameAndType_AndIsNotCached()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await ExcelExport.File(ExportSamples.Indicator2, "indikator-2-spanga-tensta-2026")
            .ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        var response = context.Response;
        response.ContentType.ShouldBe(ExcelExport.ContentType);
        response.Headers.ContentDisposition.ToString().ShouldBe("attachment; filename=indikator-2-spanga-tensta-2026.xlsx");
        response.Headers.CacheControl.ToString().ShouldBe("no-store");
        response.ContentLength.ShouldBe(response.Body.Length);
        response.Body.Position = 0;
        MiniExcelLibs.MiniExcel.Query(response.Body, useHeaderRow: true, startCell: ExcelExport.HeaderCell).Count().ShouldBe(3);
    }

    [Fact]
    public async Task CsvDownload_IsNamedDotCsv()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await CsvExport.File(ExportSamples.Indicator2, "indikator-2-spanga-tensta-2026")
            .ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        context.Response.ContentType.ShouldBe("text/csv; charset=utf-8");
        context.Response.Headers.ContentDisposition.ToString().ShouldEndWith("filename=indikator-2-spanga-tensta-2026.csv");
    }
}
