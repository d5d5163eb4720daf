using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Browser;

public class IndicatorsJourneyTests(AppFixture app) : AppTest(app)
{
    private static readonly ReportingPeriod ThisTertial = ReportingPeriod.Containing(PeriodKind.Tertial, Today);

    private static int[] MonthsBack(int count) => [.. Enumerable.Range(0, count)];

    /// <summary>
    /// Spånga-Tensta: three long-term households (one a couple) and two short, so indicator 2 is 4 of 6 adults, 66,7 %,
    /// just above the target of 66 %. Hägersten-Liljeholmen: two long-term of five, 40,0 % against 45 %.
    /// </summary>
    private async Task ArrangeAsync()
    {
        int typeId;
        await using (var db = App.NewDbContext())
        {
            typeId = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        var st = Org.SpangaTenstaUnit;
        var couple = await App.AddOnAidAsync(st, MonthsBack(24), HouseholdType.Couple, name: ("Amina", "Warsame"));
        var sick = await App.AddOnAidAsync(st, MonthsBack(14), reason: AidReason.SickLeave, name: ("Johan", "Lindqvist"));
        await App.AddOnAidAsync(st, MonthsBack(11), reason: AidReason.SocialMedical, name: ("Leila", "Haddad"));
        await App.AddOnAidAsync(st, MonthsBack(3), name: ("Sara", "Nilsson"));
        await App.AddOnAidAsync(st, MonthsBack(6), reason: AidReason.SwedishForImmigrants, name: ("Ahmed", "Yusuf"));
        await App.AddPlanAsync(couple, "Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik");
        await App.AddCheckThisMonthAsync(couple);
        await App.AddCheckThisMonthAsync(sick);
        var start = ThisMonth.AddMonths(-8);
        await App.AddEnrolmentAsync(sick, start, ThisMonth.AddMonths(-1), ReferralClosureReason.Employment, jobPlanOn: start.AddDays(2), intervention: (typeId, start));
        await App.AddEnrolmentAsync(couple, Today.AddDays(-20), jobPlanOn: Today.AddDays(-18));

        var hl = Org.HagerstenUnit;
        foreach (var (months, first, last) in new[] { (12, "Erik", "Berg"), (18, "Maria", "Svensson"), (2, "Nils", "Ek"), (4, "Fatima", "Ali"), (7, "Anna", "Holm") })
        {
            await App.AddOnAidAsync(hl, MonthsBack(months), name: (first, last));
        }

        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 66m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultPopulation, 0.5m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.HouseholdsOnAid, 6m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.CurrentIndividualPlanShare, 50m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.FollowUpsOnTimeShare, 90m);
        await App.AddTargetAsync(Org.HagerstenDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 45m);
        await App.AddPopulationAsync(Org.SpangaTenstaDistrict, 2000);
        await App.AddPopulationAsync(Org.HagerstenDistrict, 1500);
        await App.RefreshSummariesAsync();
    }

    [Fact]
    public async Task Manager_ComparesIndicator2WithHagerstenLiljeholmen_AndExportsItToExcel()
    {
        await ArrangeAsync();
        var page = await OpenBrowserAsync("chef");

        await page.GetByRole(AriaRole.Link, new() { Name = "Nyckeltal", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Nyckeltal – Spånga-Tensta");
        await Assertions.Expect(page.Locator("#as-of")).ToContainTextAsync("Siffrorna gäller per");
        var indicator2 = page.Locator($"tr[data-measure={IndicatorMeasure.LongTermShareOfAdultRecipients}]");
        await Assertions.Expect(indicator2).ToContainTextAsync("66,7 %");
        await Assertions.Expect(indicator2).ToContainTextAsync("4 / 6");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Excel – Översikt", Exact = true })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("indicators.png");

        await indicator2.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ärendena bakom siffran");
        await Assertions.Expect(page.Locator("#case-count")).ToHaveTextAsync("3 ärenden");
        await Assertions.Expect(page.Locator("#indicator-cases")).ToContainTextAsync("Warsame, Amina");
        await Assertions.Expect(page.Locator("#indicator-cases")).Not.ToContainTextAsync("Nilsson, Sara");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("indicators-cases.png");

        await page.GetByRole(AriaRole.Link, new() { Name = "← Nyckeltal" }).ClickAsync();
        // The comparison opens on the indicator it is asked from, for the period being viewed.
        await page.Locator($"section[aria-labelledby='chart-{IndicatorMeasure.LongTermShareOfAdultRecipients}-heading'] a.compare-link").ClickAsync();
        await Assertions.Expect(page.Locator("#measure")).ToHaveValueAsync(nameof(IndicatorMeasure.LongTermShareOfAdultRecipients));
        await Assertions.Expect(page.Locator("#period")).ToHaveValueAsync($"Tertial-{ThisTertial.Year}-{ThisTertial.Number}");
        await page.GetByLabel("Hägersten-Liljeholmen").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Jämför", Exact = true }).ClickAsync();
        var rows = page.Locator("#comparison tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.Locator("th")).ToHaveTextAsync(["Spånga-Tensta", "Hägersten-Liljeholmen"]);
        await Assertions.Expect(rows.Nth(0).Locator("td")).ToHaveTextAsync(["66,7 %", "66,0 %", "Målet delvis uppfyllt", "4 / 6"]);
        await Assertions.Expect(rows.Nth(1).Locator("td")).ToHaveTextAsync(["40,0 %", "45,0 %", "Målet uppfyllt", "2 / 5"]);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("indicators-compare.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel" }).ClickAsync());
        download.SuggestedFilename.ShouldBe($"indikator-2-spanga-tensta-hagersten-liljeholmen-tertial-{ThisTertial.Year}-{ThisTertial.Number}.xlsx");
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid()}.xlsx");
        await download.SaveAsAsync(path);
        try
        {
            var exported = MiniExcel.Query(path, useHeaderRow: true, startCell: CaseWork.Web.Exports.ExcelExport.HeaderCell).Cast<IDictionary<string, object?>>().ToList();
            exported.Select(r => r["Stadsdel"]).ShouldBe(["Spånga-Tensta", "Hägersten-Liljeholmen"]);
            exported.Select(r => Convert.ToDecimal(r["Utfall (%)"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe([66.7m, 40.0m]);
            exported.Select(r => Convert.ToDecimal(r["Mål (%)"], System.Globalization.CultureInfo.InvariantCulture)).ShouldBe([66m, 45m]);
            exported.Select(r => r["Bedömning"]).ShouldBe(["Målet delvis uppfyllt", "Målet uppfyllt"]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Manager_OpensTheTertialReport_FromNyckeltal_AndPrintsIt()
    {
        await ArrangeAsync();
        var page = await OpenBrowserAsync("chef");
        await page.GotoAsync("/Indicators");

        await page.GetByRole(AriaRole.Link, new() { Name = "Tertialrapport" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 }))
            .ToHaveTextAsync($"Tertialrapport {ThisTertial.Number} {ThisTertial.Year} – Ekonomiskt bistånd och arbete");
        await Assertions.Expect(page.Locator("#summary")).ToContainTextAsync("Målet är delvis uppfyllt: 66,7 % mot årsmålet 66,0 %.");
        await page.ShouldBeAccessibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Skriv ut" })).ToBeHiddenAsync();
        await page.ScreenshotForGuideAsync("indicators-tertial-report.png");
    }
}
