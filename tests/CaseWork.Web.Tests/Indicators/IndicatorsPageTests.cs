using System.Net;
using CaseWork.Domain.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

public class IndicatorsPageTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] TwelveMonths = [.. Enumerable.Range(0, 12)];

    private static string ThisMonthPeriod => $"Month-{Today.Year}-{Today.Month}";

    private async Task ArrangeTwoUnitsAsync()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1]);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        await App.RefreshSummariesAsync();
    }

    [Fact]
    public async Task Manager_SeesTheDistrictsFigures_AsOfTheLastRefresh()
    {
        await ArrangeTwoUnitsAsync();
        var manager = await SignInAsync("chef");

        var html = await manager.GetStringAsync($"/Indicators?period={ThisMonthPeriod}");

        html.ShouldContain("Nyckeltal – Spånga-Tensta");
        html.ShouldContain("Siffrorna gäller per");
        // Indicator 2 for Spånga-Tensta: one long-term adult of two who had aid.
        html.ShouldContain("50,0 %");
        html.ShouldContain("1 / 2");
    }

    [Fact]
    public async Task UnitHead_SeesOnlyTheUnit_AndNoPopulationIndicator()
    {
        await ArrangeTwoUnitsAsync();
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync($"/Indicators?period={ThisMonthPeriod}");

        html.ShouldContain("Nyckeltal – Ekonomiskt bistånd Spånga-Tensta");
        html.ShouldContain("1 / 2");
        html.ShouldNotContain("3 / 3");
        html.ShouldNotContain($"data-measure=\"{IndicatorMeasure.LongTermShareOfAdultPopulation}\"");
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("jobbcoach")]
    [InlineData("admin")]
    public async Task OthersThanManagersAndUnitHeads_AreRefused(string userName)
    {
        var session = await SignInAsync(userName);

        foreach (var url in new[] { "/Indicators", $"/Indicators/Cases?measure={IndicatorMeasure.HouseholdsOnAid}" })
        {
            var response = await session.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task Anonymous_IsSentToSignIn()
    {
        var response = await Anonymous().GetAsync("/Indicators");

        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task IndicatorsPage_TakesTheSameNumberOfQueries_ForFewOrManyApplicants()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.RefreshSummariesAsync();
        var manager = await SignInAsync("chef");
        await manager.GetStringAsync("/Indicators");
        App.Factory.Commands.Reset();
        await manager.GetStringAsync("/Indicators");
        var few = App.Factory.Commands.Count;

        for (var i = 0; i < 20; i++)
        {
            await App.AddOnAidAsync(i % 2 == 0 ? Org.SpangaTenstaUnit : Org.HagerstenUnit, TwelveMonths);
        }

        await App.RefreshSummariesAsync();
        App.Factory.Commands.Reset();
        await manager.GetStringAsync("/Indicators");

        App.Factory.Commands.Count.ShouldBe(few);
        few.ShouldBeLessThanOrEqualTo(12);
    }

    [Fact]
    public async Task CasesBehindAFigure_ListTheUnitsLongTermRecipients_AndNothingOfOtherUnits()
    {
        var longTerm = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        var shortTerm = await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1]);
        var elsewhere = await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        var head = await SignInAsync("enhetschef.st");

        var numerator = await head.GetStringAsync($"/Indicators/Cases?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}");
        var denominator = await head.GetStringAsync($"/Indicators/Cases?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period={ThisMonthPeriod}&part=Denominator");

        numerator.ShouldContain(Shown(longTerm));
        numerator.ShouldNotContain(Shown(shortTerm));
        numerator.ShouldNotContain(Shown(elsewhere));
        denominator.ShouldContain(Shown(shortTerm));
        denominator.ShouldContain("2 ärenden");
        denominator.ShouldNotContain(Shown(elsewhere));
    }

    [Fact]
    public async Task Manager_CanRefreshTheFigures_ButNeverEditsACase()
    {
        var applicant = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        var manager = await SignInAsync("chef");

        var refresh = await manager.SubmitFormAsync("/Indicators", [], "/Indicators?handler=Refresh");
        var edit = await manager.GetAsync($"/Applicants/{applicant.Id}/Edit");

        refresh.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        edit.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task CasesBehindEveryFigure_OpenForTheManager_BothSidesOfTheLine()
    {
        // Aid in this month and the eleven before it; enrolled on the 1st of last month, so the twelve months up to the
        // first visit hold eleven aid months on any day of any month (a first visit "40 days ago" held ten early in a month).
        var applicant = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        var firstVisit = ThisMonth.AddMonths(-1);
        await App.AddEnrolmentAsync(applicant, firstVisit, Today, CaseWork.Domain.Referrals.ReferralClosureReason.Employment, jobPlanOn: firstVisit.AddDays(1));
        var manager = await SignInAsync("chef");

        foreach (var measure in IndicatorMeasures.All)
        {
            foreach (var part in new[] { "Numerator", "Denominator" })
            {
                var response = await manager.GetAsync($"/Indicators/Cases?measure={measure}&period=Year-{Today.Year}-1&part={part}");
                response.StatusCode.ShouldBe(HttpStatusCode.OK, $"{measure} {part}");
            }
        }

        (await manager.GetStringAsync($"/Indicators/Cases?measure={IndicatorMeasure.EnrolmentDaysToWorkOrStudies}&period={ThisMonthPeriod}"))
            .ShouldContain(Shown(applicant));
    }

    /// <summary>The personnummer as the pages show it: 19900114-0426.</summary>
    private static string Shown(CaseWork.Domain.Applicants.Applicant applicant) =>
        CaseWork.Domain.People.PersonalIdentityNumber.FromStored(applicant.PersonalIdentityNumber).ToString();
}
