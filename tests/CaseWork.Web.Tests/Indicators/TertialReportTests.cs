using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

public partial class TertialReportTests(AppFixture app) : AppTest(app)
{
    private static readonly ReportingPeriod ThisTertial = ReportingPeriod.Containing(PeriodKind.Tertial, Today);

    private static string ReportUrl => $"/Indicators/TertialReport?year={ThisTertial.Year}&tertial={ThisTertial.Number}";

    /// <summary>
    /// Spånga-Tensta: a long-term couple with an individual plan and an intervention that led to work, and a single
    /// adult on sick leave with four months of aid. Indicator 2 is 2 of 3 adults, indicator 1 2 of 1,000 adults, the plan
    /// share 1 of 2 households; their targets are met, missed by a little and missed.
    /// </summary>
    private async Task<string> ArrangeAsync()
    {
        string intervention;
        int typeId;
        await using (var db = App.NewDbContext())
        {
            var type = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => new { t.Id, t.Name }).FirstAsync();
            (typeId, intervention) = (type.Id, type.Name);
        }

        var couple = await App.AddOnAidAsync(Org.SpangaTenstaUnit, [.. Enumerable.Range(0, 12)], HouseholdType.Couple, AidReason.Unemployment);
        await App.AddPlanAsync(couple, "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort");
        var start = ThisMonth.AddMonths(-6);
        await App.AddEnrolmentAsync(couple, start, start.AddMonths(2), ReferralClosureReason.Employment, intervention: (typeId, start));
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1, 2, 3], reason: AidReason.SickLeave);
        await App.AddOnAidAsync(Org.HagerstenUnit, [.. Enumerable.Range(0, 12)]);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 70m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.CurrentIndividualPlanShare, 55m);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultPopulation, 0.1m);
        await App.AddPopulationAsync(Org.SpangaTenstaDistrict, 1000);
        await App.RefreshSummariesAsync();
        return intervention;
    }

    private async Task<(string Html, string Intervention)> ManagersReportAsync()
    {
        var intervention = await ArrangeAsync();
        var manager = await SignInAsync("chef");
        return (WebUtility.HtmlDecode(await manager.GetStringAsync(ReportUrl)), intervention);
    }

    [Fact]
    public async Task Manager_GetsTheDistrictsTertialReport_InTheShapeOfACommitteeReport()
    {
        var (html, _) = await ManagersReportAsync();

        html.ShouldContain("Spånga-Tensta stadsdelsförvaltning");
        html.ShouldContain("Handläggare: Per Holm");
        html.ShouldContain("Spånga-Tensta stadsdelsnämnd");
        html.ShouldContain($"Tertialrapport {ThisTertial.Number} {ThisTertial.Year} – Ekonomiskt bistånd och arbete");
        html.ShouldContain("Förslag till beslut");
        html.ShouldContain("Stadsdelsnämnden godkänner rapporten och lägger den till handlingarna.");
        html.ShouldContain("Siffrorna gäller per");
        html.ShouldNotContain("navbar");
    }

    [Fact]
    public async Task Summary_JudgesEachTarget_MetPartlyMetOrNotMet()
    {
        var (html, _) = await ManagersReportAsync();

        html.ShouldContain("Av 9 nyckeltal har 3 ett årsmål. Av dem är 1 uppfyllt, 1 delvis uppfyllt och 1 ej uppfyllt.");
        html.ShouldContain("Målet är uppfyllt: 66,7 % mot årsmålet 70,0 %.");
        html.ShouldContain("Målet är delvis uppfyllt: 50,0 % mot årsmålet 55,0 %.");
        html.ShouldContain("Målet är ej uppfyllt: 0,2 % mot årsmålet 0,1 %.");
        html.ShouldContain("Inget årsmål är satt. Utfallet är 2.");
    }

    [Fact]
    public async Task Sections_ShowEachIndicatorWithItsDefinition_ReasonsResursAndInterventions()
    {
        var (html, intervention) = await ManagersReportAsync();

        html.ShouldContain($"Utfall tertial {ThisTertial.Number} {ThisTertial.Year}");
        html.ShouldContain($"Utfall tertial {ThisTertial.Number} {ThisTertial.Year - 1}");
        html.ShouldContain($"Årsmål {ThisTertial.Year}");
        html.ShouldContain("i procent av de vuxna som fick bistånd någon av de månaderna");
        // Indicator 5 by reason: households, then last year's, then adults (the couple counts twice).
        ReasonRow("Arbetslöshet").Match(html).Groups.Values.Skip(1).Select(g => g.Value).ShouldBe(["1", "2"]);
        ReasonRow("Sjukskrivning").Match(html).Groups.Values.Skip(1).Select(g => g.Value).ShouldBe(["1", "1"]);
        html.ShouldContain("Jobbtorg Resurs: vid periodens slut användes 0");
        html.ShouldContain(intervention);
        html.ShouldContain("100,0 %");
    }

    [Fact]
    public async Task AManagerWhoChoseEnglish_StillGetsTheReportInSwedish()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");
        await manager.SubmitFormAsync("/Indicators", new() { ["culture"] = "en-GB", ["returnUrl"] = "/Indicators" }, "/Culture");
        (await manager.GetStringAsync("/Indicators")).ShouldContain("Indicators");

        var html = WebUtility.HtmlDecode(await manager.GetStringAsync(ReportUrl));

        html.ShouldContain("Förslag till beslut");
        html.ShouldContain("Långvariga, andel av vuxna biståndsmottagare");
        html.ShouldContain("66,7 %");
    }

    [Fact]
    public async Task IndicatorsPage_LinksToTheReport_ForManagersOnATertialOnly()
    {
        var manager = await SignInAsync("chef");
        var head = await SignInAsync("enhetschef.st");
        var link = $"/Indicators/TertialReport?year={ThisTertial.Year}&amp;tertial={ThisTertial.Number}";

        (await manager.GetStringAsync($"/Indicators?period=Tertial-{ThisTertial.Year}-{ThisTertial.Number}")).ShouldContain(link);
        (await manager.GetStringAsync($"/Indicators?period=Month-{Today.Year}-{Today.Month}")).ShouldNotContain("TertialReport");
        (await head.GetStringAsync($"/Indicators?period=Tertial-{ThisTertial.Year}-{ThisTertial.Number}")).ShouldNotContain("TertialReport");
    }

    [Fact]
    public async Task Report_TakesTheSameNumberOfQueries_ForFewOrManyApplicants()
    {
        await ArrangeAsync();
        var manager = await SignInAsync("chef");
        await manager.GetStringAsync(ReportUrl);
        App.Factory.Commands.Reset();
        await manager.GetStringAsync(ReportUrl);
        var few = App.Factory.Commands.Count;

        for (var i = 0; i < 20; i++)
        {
            await App.AddOnAidAsync(i % 2 == 0 ? Org.SpangaTenstaUnit : Org.HagerstenUnit, [.. Enumerable.Range(0, i % 12 + 1)]);
        }

        await App.RefreshSummariesAsync();
        App.Factory.Commands.Reset();
        await manager.GetStringAsync(ReportUrl);

        App.Factory.Commands.Count.ShouldBe(few);
        few.ShouldBeLessThanOrEqualTo(12);
    }

    [Theory]
    [InlineData("enhetschef.st")]
    [InlineData("socialsekreterare.st")]
    public async Task OthersThanManagers_AreRefused(string userName)
    {
        var session = await SignInAsync(userName);

        var response = await session.GetAsync(ReportUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(1, 1)]
    [InlineData(-30, 1)]
    public async Task ATertialThatDoesNotExistOrHasNotBegun_IsNotFound(int yearsFromNow, int tertial)
    {
        var manager = await SignInAsync("chef");

        var response = await manager.GetAsync($"/Indicators/TertialReport?year={Today.Year + yearsFromNow}&tertial={tertial}");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static Regex ReasonRow(string reason) =>
        new($"<th scope=\"row\" class=\"fw-normal\">{reason}</th>\\s*<td class=\"text-end\">([^<]*)</td>\\s*<td class=\"text-end\">[^<]*</td>\\s*<td class=\"text-end\">([^<]*)</td>");
}
