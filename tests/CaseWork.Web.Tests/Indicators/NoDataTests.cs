using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseWork.Domain.Indicators;
using CaseWork.Web.Exports;
using CaseWork.Web.Tests.Infrastructure;
using MiniExcelLibs;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>
/// Where a figure has nothing to count (no first visit at Jobbtorg, so no job plan was due), every page shows a dash
/// that screen readers read as "inga uppgifter", and the exports leave the cell empty: never "0,0 %", never 0.
/// </summary>
public class NoDataTests(AppFixture app) : AppTest(app)
{
    private const string NoData = "inga uppgifter";
    private const IndicatorMeasure NoJobPlansDue = IndicatorMeasure.JobPlansWithinFiveDaysShare;

    private static string ThisMonthPeriod => $"Month-{Today.Year}-{Today.Month}";

    private static ReportingPeriod ThisTertial => ReportingPeriod.Containing(PeriodKind.Tertial, Today);

    private async Task ArrangeAsync()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [.. Enumerable.Range(0, 12)]);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0]);
        await App.RefreshSummariesAsync();
    }

    private static IElement ShouldShowNoData(IElement? cell, string where)
    {
        cell.ShouldNotBeNull(where);
        cell.TextContent.ShouldNotContain("0,0", Case.Sensitive, where);
        cell.QuerySelector(".no-data [aria-hidden=true]").ShouldNotBeNull(where).TextContent.ShouldBe("–", where);
        cell.QuerySelector(".no-data .visually-hidden").ShouldNotBeNull(where).TextContent.ShouldBe(NoData, where);
        return cell;
    }

    private static async Task<IDocument> ParseAsync(HttpSession session, string url) =>
        await new HtmlParser().ParseDocumentAsync(await session.GetStringAsync(url));

    [Fact]
    public async Task Dashboard_ShowsADashReadAsNoData_WhereAFigureHasNoDenominator()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");

        var page = await ParseAsync(manager, $"/Indicators?period={ThisMonthPeriod}");

        var row = page.QuerySelector($"tr[data-measure={NoJobPlansDue}]").ShouldNotBeNull();
        ShouldShowNoData(row.QuerySelectorAll("td")[0], "result");
        row.QuerySelectorAll("td")[4].TextContent.Trim().ShouldBe("0 / 0");
        // A share of people that exist is a figure, also when it is low: indicator 2 is 1 of 2 adults.
        page.QuerySelector($"tr[data-measure={IndicatorMeasure.LongTermShareOfAdultRecipients}] td").ShouldNotBeNull().TextContent.ShouldContain("50,0 %");
    }

    [Fact]
    public async Task Comparison_AndTertialReport_ShowTheSameDash()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");

        var compare = await ParseAsync(manager, $"/Indicators/Compare?measure={NoJobPlansDue}&period={ThisMonthPeriod}");
        var report = await ParseAsync(manager, $"/Indicators/TertialReport?year={ThisTertial.Year}&tertial={ThisTertial.Number}");

        ShouldShowNoData(compare.QuerySelector("#comparison tbody td"), "comparison");
        ShouldShowNoData(report.QuerySelector($"tr[data-measure={NoJobPlansDue}] td"), "tertial report");
    }

    [Fact]
    public async Task BeforeTheFirstRefresh_EveryFigureIsNoData_NotZero()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0]);
        var manager = await SignInAsync("chef");

        var page = await ParseAsync(manager, $"/Indicators?period={ThisMonthPeriod}");

        page.QuerySelector("#as-of").ShouldNotBeNull().TextContent.ShouldContain("Siffrorna har inte räknats fram ännu.");
        ShouldShowNoData(page.QuerySelector($"tr[data-measure={IndicatorMeasure.HouseholdsOnAid}] td"), "households");
        ShouldShowNoData(page.QuerySelector($"tr[data-measure={IndicatorMeasure.LongTermShareOfAdultRecipients}] td"), "indicator 2");
    }

    [Fact]
    public async Task Exports_LeaveTheCellEmpty_WhereThereIsNoData()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");

        var overview = await ReadExcelAsync(manager, $"/Indicators?handler=Export&table=overview&format=xlsx&period={ThisMonthPeriod}");
        var comparison = await ReadExcelAsync(manager, $"/Indicators/Compare?handler=Export&format=xlsx&measure={NoJobPlansDue}&period={ThisMonthPeriod}");
        var csv = await manager.GetStringAsync($"/Indicators?handler=Export&table=overview&format=csv&period={ThisMonthPeriod}");

        var jobPlans = overview.Single(r => ((string)r["Indikator"]!).StartsWith("6. Jobbplan", StringComparison.Ordinal));
        jobPlans["Utfall"].ShouldBeNull();
        jobPlans["Måttenhet"].ShouldBe("%");
        comparison.Single()["Utfall (%)"].ShouldBeNull();
        csv.Split("\r\n").Single(l => l.StartsWith("6. Jobbplan", StringComparison.Ordinal)).ShouldStartWith("6. Jobbplan inom fem dagar;%;;");
    }

    [Fact]
    public async Task ExcelExports_CarryTitleAsOfAndUnits_WithAFullSheetName()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");
        var response = await manager.GetAsync($"/Indicators?handler=Export&table={IndicatorMeasure.FollowUpsOnTimeShare}&format=xlsx&period={ThisMonthPeriod}");
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        var top = MiniExcel.Query(file).Cast<IDictionary<string, object?>>().Take(ExcelExport.HeaderRow).ToList();
        file.Position = 0;
        using (var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(file, isEditable: false))
        {
            new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ShouldBeEmpty();
        }

        file.Position = 0;

        ((string)top[0]["A"]!).ShouldBe($"6. Månadsuppföljningar i tid – Spånga-Tensta – {Today.ToString("MMMM yyyy", new System.Globalization.CultureInfo("sv-SE"))}");
        ((string)top[1]["A"]!).ShouldStartWith("Siffrorna gäller per ");
        top[3].Values.ShouldBe(["Månad", "I år (%)", "I fjol (%)", "Mål (%)"]);
        MiniExcel.GetSheetNames(file).ShouldBe(["6 Månadsuppföljning i tid"]);
    }

    private static async Task<List<IDictionary<string, object?>>> ReadExcelAsync(HttpSession session, string url)
    {
        var response = await session.GetAsync(url);
        await using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return MiniExcel.Query(file, useHeaderRow: true, startCell: ExcelExport.HeaderCell).Cast<IDictionary<string, object?>>().ToList();
    }
}
