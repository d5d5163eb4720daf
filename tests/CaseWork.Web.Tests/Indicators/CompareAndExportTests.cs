using System.Net;
using AngleSharp.Html.Parser;
using CaseWork.Domain.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CaseWork.Web.Exports;
using MiniExcelLibs;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

public class CompareAndExportTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] TwelveMonths = [.. Enumerable.Range(0, 12)];

    private static string ThisMonthPeriod => $"Month-{Today.Year}-{Today.Month}";

    private async Task ArrangeAsync()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0]);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        await App.RefreshSummariesAsync();
    }

    [Fact]
    public async Task Manager_ComparesTwoDistrictsIndicator2()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");

        var html = await manager.GetStringAsync(
            $"/Indicators/Compare?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}&districts={Org.HagerstenDistrict}");

        html.ShouldContain("Spånga-Tensta");
        html.ShouldContain("Hägersten-Liljeholmen");
        html.ShouldContain("50,0 %");
        html.ShouldContain("100,0 %");
    }

    [Fact]
    public async Task Comparison_JudgesEachDistrictAsTheTertialReportDoes_PartlyMetWithinATenth()
    {
        await ArrangeAsync();
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 46m);
        await App.AddTargetAsync(Org.HagerstenDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 50m);
        var manager = await SignInAsync("chef");

        var html = await manager.GetStringAsync(
            $"/Indicators/Compare?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}&districts={Org.HagerstenDistrict}");
        var overview = await manager.GetStringAsync($"/Indicators?period={ThisMonthPeriod}");

        html.ShouldContain("Målet delvis uppfyllt");
        html.ShouldContain("Målet ej uppfyllt");
        overview.ShouldContain("Målet delvis uppfyllt");
    }

    [Theory]
    [InlineData("/Indicators?period={0}", "section[aria-labelledby='chart-FollowUpsOnTimeShare-heading'] a.compare-link")]
    [InlineData("/Indicators/Cases?measure=FollowUpsOnTimeShare&period={0}", "a.compare-link")]
    public async Task AnIndicatorsLinkToTheComparison_CarriesTheIndicatorAndPeriod_AndTheComparisonOpensOnIt(string from, string selector)
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");
        var parser = new HtmlParser();

        var view = await parser.ParseDocumentAsync(await manager.GetStringAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, from, ThisMonthPeriod)));
        var link = view.QuerySelector(selector).ShouldNotBeNull().GetAttribute("href")!;
        var comparison = await parser.ParseDocumentAsync(await manager.GetStringAsync(link));

        link.ShouldBe($"/Indicators/Compare?measure={IndicatorMeasure.FollowUpsOnTimeShare}&period={ThisMonthPeriod}");
        comparison.QuerySelector("#measure option[selected]").ShouldNotBeNull().GetAttribute("value").ShouldBe(nameof(IndicatorMeasure.FollowUpsOnTimeShare));
        comparison.QuerySelector("#period option[selected]").ShouldNotBeNull().GetAttribute("value").ShouldBe(ThisMonthPeriod);
        comparison.QuerySelector("h2").ShouldNotBeNull().TextContent.ShouldContain("Månadsuppföljningar i tid");
    }

    [Fact]
    public async Task AUnitHead_IsOfferedNoComparison()
    {
        await ArrangeAsync();
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync($"/Indicators?period={ThisMonthPeriod}");

        html.ShouldNotContain("compare-link");
    }

    [Fact]
    public async Task Comparison_ExportsToExcel_WithNumbersAsNumbers()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");

        var response = await manager.GetAsync(
            $"/Indicators/Compare?handler=Export&format=xlsx&measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}&districts={Org.HagerstenDistrict}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileName!.ShouldContain("indikator-2-");
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = MiniExcel.Query(file, useHeaderRow: true, startCell: ExcelExport.HeaderCell).Cast<IDictionary<string, object?>>().ToList();
        rows.Select(r => r["Stadsdel"]).ShouldBe(["Spånga-Tensta", "Hägersten-Liljeholmen"]);
        Convert.ToDecimal(rows[0]["Utfall (%)"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(50.0m);
    }

    [Fact]
    public async Task Comparison_TakesAFixedNumberOfQueries_HoweverManyDistricts()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");
        await using var db = App.NewDbContext();
        var everyDistrict = string.Join('&', (await db.Districts.Select(d => d.Id).ToListAsync()).Select(id => $"districts={id}"));
        var page = $"/Indicators/Compare?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}";

        App.Factory.Commands.Reset();
        (await manager.GetStringAsync(page)).ShouldContain("Spånga-Tensta");
        var forOne = App.Factory.Commands.Count;
        App.Factory.Commands.Reset();
        (await manager.GetStringAsync($"{page}&{everyDistrict}")).ShouldContain("Hägersten-Liljeholmen");
        var forAll = App.Factory.Commands.Count;

        forAll.ShouldBe(forOne);
    }

    [Fact]
    public async Task UnitHead_MayNotCompareDistricts()
    {
        var head = await SignInAsync("enhetschef.st");

        var response = await head.GetAsync($"/Indicators/Compare?districts={Org.HagerstenDistrict}");

        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task IndicatorsOverview_ExportsToCsv_ForSwedishExcel()
    {
        await ArrangeAsync();
        var head = await SignInAsync("enhetschef.st");

        var response = await head.GetAsync($"/Indicators?handler=Export&table=overview&format=csv&period={ThisMonthPeriod}");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = System.Text.Encoding.UTF8.GetString(bytes);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        text.ShouldContain("2. Långvariga, andel av vuxna");
        text.ShouldContain(";50,0;");
    }

    [Fact]
    public async Task AnUnknownTable_IsNotFound()
    {
        var head = await SignInAsync("enhetschef.st");

        (await head.GetAsync("/Indicators?handler=Export&table=nothing&format=xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
