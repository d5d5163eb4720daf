using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Referrals;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>
/// Each indicator from records: build them, refresh the summaries, and check the figure (docs/indicators.md) and the
/// cases the drill-down lists behind it.
/// </summary>
public class IndicatorSummaryTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] TwelveMonths = [.. Enumerable.Range(0, 12)];

    private IndicatorArea Unit => new(Org.SpangaTenstaDistrict, Org.SpangaTenstaUnit);

    private async Task<IndicatorCalculator> CalculatorAsync(Dictionary<int, long>? population = null)
    {
        await App.RefreshSummariesAsync();
        var counts = await App.ReadCountsAsync(Unit);
        return new IndicatorCalculator(counts.Aid, counts.Referrals, population ?? []);
    }

    [Fact]
    public async Task LongTermShareOfRecipients_CountsAdultsWithAidInTenOfTwelveMonths()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 10), HouseholdType.Couple);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1, 2]);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 9), refusedMonthsBack: [9, 10, 11]);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);

        var figure = (await CalculatorAsync()).Compute(IndicatorMeasure.LongTermShareOfAdultRecipients, ReportingPeriod.ForMonth(Today.Year, Today.Month), Today);

        figure.ShouldBe(new Figure(60.0m, 3, 5));
        (await CasesBehindAsync(IndicatorMeasure.LongTermShareOfAdultRecipients, ReportingPeriod.ForMonth(Today.Year, Today.Month))).ShouldBe((2, 4));
    }

    [Fact]
    public async Task LongTermShareOfPopulation_DividesLongTermAdultsByTheDistrictsAdults()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths, HouseholdType.Couple);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0]);

        var figure = (await CalculatorAsync(new() { [Today.Year] = 1_000 }))
            .Compute(IndicatorMeasure.LongTermShareOfAdultPopulation, ReportingPeriod.ForYear(Today.Year), Today);

        figure.ShouldBe(new Figure(0.3m, 3, 1_000));
        (await CasesBehindAsync(IndicatorMeasure.LongTermShareOfAdultPopulation, ReportingPeriod.ForYear(Today.Year))).ShouldBe((2, 2));
    }

    [Fact]
    public async Task HouseholdsAndAdultsOnAid_CountThisMonthsPaidAidByReason()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1], HouseholdType.Couple, AidReason.SickLeave);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0], reason: AidReason.Unemployment);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [1], reason: AidReason.Unemployment);
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [2], refusedMonthsBack: [0], reason: AidReason.Unemployment);

        await App.RefreshSummariesAsync();
        var counts = await App.ReadCountsAsync(Unit);
        var calculator = new IndicatorCalculator(counts.Aid, counts.Referrals, new Dictionary<int, long>());
        var thisMonth = ReportingPeriod.ForMonth(Today.Year, Today.Month);

        calculator.Compute(IndicatorMeasure.HouseholdsOnAid, thisMonth, Today).Value.ShouldBe(2m);
        calculator.Compute(IndicatorMeasure.AdultsOnAid, thisMonth, Today).Value.ShouldBe(3m);
        counts.AidByReason[(ThisMonth, AidReason.SickLeave)].HouseholdsPaid.ShouldBe(1);
        counts.AidByReason[(ThisMonth, AidReason.Unemployment)].HouseholdsPaid.ShouldBe(1);
        counts.AidByReason[(ThisMonth.AddMonths(-1), AidReason.Unemployment)].HouseholdsPaid.ShouldBe(1);
        (await CasesBehindAsync(IndicatorMeasure.HouseholdsOnAid, thisMonth)).ShouldBe((2, 2));
        (await CasesBehindAsync(IndicatorMeasure.AdultsOnAid, thisMonth)).ShouldBe((2, 2));
    }

    [Fact]
    public async Task WorkOrStudiesWithin12Months_FollowsTheCohortEnrolledAYearAgo_LeavingOutThoseSentBack()
    {
        var firstVisit = ThisMonth.AddMonths(-12);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, firstVisit.AddMonths(6), ReferralClosureReason.Employment);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, firstVisit.AddMonths(2), ReferralClosureReason.SentBack);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, firstVisit.AddMonths(3), ReferralClosureReason.Moved);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit.AddMonths(-1), firstVisit, ReferralClosureReason.Studies);

        var figure = (await CalculatorAsync()).Compute(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, ReportingPeriod.ForMonth(Today.Year, Today.Month), Today);

        figure.ShouldBe(new Figure(33.3m, 1, 3));
        (await CasesBehindAsync(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, ReportingPeriod.ForMonth(Today.Year, Today.Month))).ShouldBe((1, 3));
    }

    [Fact]
    public async Task EnrolmentDays_AveragesLongTermRecipientsClosedToWorkOrStudies()
    {
        var longTerm = await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 14));
        var shortTerm = await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1, 2]);
        await App.AddEnrolmentAsync(longTerm, Today.AddDays(-50), Today, ReferralClosureReason.Employment);
        await App.AddEnrolmentAsync(shortTerm, Today.AddDays(-20), Today, ReferralClosureReason.Studies);

        var figure = (await CalculatorAsync()).Compute(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, ReportingPeriod.ForMonth(Today.Year, Today.Month), Today);

        figure.ShouldBe(new Figure(50.0m, 50, 1));
        (await CasesBehindAsync(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, ReportingPeriod.ForMonth(Today.Year, Today.Month))).ShouldBe((1, 1));
    }

    [Fact]
    public async Task DocumentationQuality_CountsCurrentIndividualPlansAndChecksOnTime()
    {
        var individual = await OnAidAsync();
        await App.AddPlanAsync(individual, "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort");
        await App.AddCheckThisMonthAsync(individual);
        await App.AddPlanAsync(await OnAidAsync(), "Bli självförsörjande");
        await OnAidAsync();

        var calculator = await CalculatorAsync();
        var thisMonth = ReportingPeriod.ForMonth(Today.Year, Today.Month);

        calculator.Compute(IndicatorMeasure.CurrentIndividualPlanShare, thisMonth, Today).ShouldBe(new Figure(33.3m, 1, 3));
        calculator.Compute(IndicatorMeasure.FollowUpsOnTimeShare, thisMonth, Today).ShouldBe(new Figure(33.3m, 1, 3));
        (await CasesBehindAsync(IndicatorMeasure.CurrentIndividualPlanShare, thisMonth)).ShouldBe((1, 3));
        (await CasesBehindAsync(IndicatorMeasure.FollowUpsOnTimeShare, thisMonth)).ShouldBe((1, 3));
    }

    [Fact]
    public async Task JobPlansWithinFiveDays_CountsFirstVisitsWhoseDeadlineHasCome()
    {
        var firstVisit = Today.AddDays(-20);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, jobPlanOn: firstVisit.AddDays(2));
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, jobPlanOn: firstVisit.AddDays(15));
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit);
        await App.AddEnrolmentAsync(await OnAidAsync(), firstVisit, jobPlanOn: firstVisit.AddDays(1));

        var figure = (await CalculatorAsync()).Compute(IndicatorMeasure.JobPlansWithinFiveDaysShare, ReportingPeriod.ForMonth(firstVisit.Year, firstVisit.Month), Today);

        figure.ShouldBe(new Figure(50.0m, 2, 4));
        (await CasesBehindAsync(IndicatorMeasure.JobPlansWithinFiveDaysShare, ReportingPeriod.ForMonth(firstVisit.Year, firstVisit.Month))).ShouldBe((2, 4));
    }

    [Fact]
    public async Task ResursPlaces_CountHeldAndQueuedAtTheMonthsEnd()
    {
        await using (var db = App.NewDbContext())
        {
            await db.ResursPlaces.Where(p => p.DistrictId == Org.SpangaTenstaDistrict).ExecuteUpdateAsync(s => s.SetProperty(p => p.Places, 1));
        }

        await App.AddReferralAsync(await OnAidAsync(), ReferralProgram.Resurs, sentDaysAgo: 5);
        await App.AddReferralAsync(await OnAidAsync(), ReferralProgram.Resurs, sentDaysAgo: 4);
        await App.AddReferralAsync(await OnAidAsync(), ReferralProgram.Resurs, sentDaysAgo: 3);

        var (held, queued) = (await CalculatorAsync()).Resurs(ReportingPeriod.ForMonth(Today.Year, Today.Month), Today);

        held.ShouldBe(1);
        queued.ShouldBe(2);
    }

    [Fact]
    public async Task InterventionEffect_JudgesStartersSixAndTwelveMonthsOn()
    {
        int typeId;
        await using (var db = App.NewDbContext())
        {
            typeId = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        var start = ThisMonth.AddMonths(-6);
        await App.AddEnrolmentAsync(await OnAidAsync(), start, start.AddMonths(2), ReferralClosureReason.Employment, intervention: (typeId, start));
        await App.AddEnrolmentAsync(await OnAidAsync(), start, intervention: (typeId, start));

        await App.RefreshSummariesAsync();
        var counts = await App.ReadCountsAsync(Unit);
        var (six, twelve) = IndicatorCalculator.InterventionEffect(counts.InterventionsByType[typeId], ReportingPeriod.ForMonth(Today.Year, Today.Month), Today);

        six.ShouldBe(new Figure(50.0m, 1, 2));
        twelve.ShouldBe(Figure.None with { Value = null });
    }

    [Fact]
    public async Task Refresh_RecordsWhenItRan_AndGivesTheSameFiguresTwice()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);

        var first = await App.RefreshSummariesAsync();
        var once = await App.ReadCountsAsync(Unit);
        var second = await App.RefreshSummariesAsync();
        var twice = await App.ReadCountsAsync(Unit);

        second.FinishedAt.ShouldBeGreaterThanOrEqualTo(first.FinishedAt);
        twice.Aid[ThisMonth].ShouldBe(once.Aid[ThisMonth]);
        twice.Aid[ThisMonth].HouseholdsLongTerm12.ShouldBe(1);
    }

    [Fact]
    public async Task AUnitsCounts_LeaveOutOtherUnits()
    {
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);

        await App.RefreshSummariesAsync();
        var counts = await App.ReadCountsAsync(Unit);
        var hagersten = await App.ReadCountsAsync(new IndicatorArea(Org.HagerstenDistrict, Org.HagerstenUnit));

        counts.Aid.ShouldBeEmpty();
        hagersten.Aid[ThisMonth].HouseholdsPaid.ShouldBe(1);
    }

    /// <summary>
    /// How many households the dashboard's drill-down lists above and below the figure's line: the live SQL of
    /// IndicatorCaseQueries over the same records, so that both definitions of an indicator are held to the test.
    /// </summary>
    private async Task<(int Numerator, int Denominator)> CasesBehindAsync(IndicatorMeasure measure, ReportingPeriod period)
    {
        await using var db = App.NewDbContext();
        var queries = new IndicatorCaseQueries(db);
        var (_, above) = await queries.ReadAsync(measure, FigurePart.Numerator, Unit, period, Today, null, null, 1, CancellationToken.None);
        var (_, all) = await queries.ReadAsync(measure, FigurePart.Denominator, Unit, period, Today, null, null, 1, CancellationToken.None);
        return (above, all);
    }

    private Task<Applicant> OnAidAsync() => App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
}
