using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>
/// The cases behind an aid figure, read from the refresh's per-applicant masks (ADR 0020), against the live query
/// over the aid months that listed them before: the same cases, the same numbers, in the same order.
/// </summary>
public class CasesBehindFigureTests(AppFixture app) : AppTest(app)
{
    private static readonly IndicatorMeasure[] AidMeasures =
    [
        IndicatorMeasure.LongTermShareOfAdultPopulation, IndicatorMeasure.LongTermShareOfAdultRecipients, IndicatorMeasure.HouseholdsOnAid,
        IndicatorMeasure.AdultsOnAid, IndicatorMeasure.FollowUpsOnTimeShare, IndicatorMeasure.CurrentIndividualPlanShare,
    ];

    [Fact]
    public async Task CasesFromTheMasks_AreTheCasesOfTheLiveQuery_ForEveryAidFigureAndPeriod()
    {
        var names = new[] { ("Anna", "Öberg"), ("Bo", "Andersson"), ("Cecilia", "Yilmaz"), ("David", "Berg"), ("Eva", "Berg") };
        var i = 0;
        foreach (var months in new[] { Enumerable.Range(0, 12), Enumerable.Range(0, 10), Enumerable.Range(2, 14), new[] { 0, 1, 2 }, Enumerable.Range(0, 30) })
        {
            var applicant = await App.AddOnAidAsync(Org.SpangaTenstaUnit, months, i % 2 == 0 ? HouseholdType.Couple : HouseholdType.SingleAdult, name: names[i]);
            if (i % 2 == 0)
            {
                await App.AddCheckThisMonthAsync(applicant);
                await App.AddPlanAsync(applicant, "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort");
            }

            i++;
        }

        await App.AddOnAidAsync(Org.HagerstenUnit, Enumerable.Range(0, 12));
        await App.RefreshSummariesAsync();

        var periods = new[]
        {
            ReportingPeriod.ForMonth(Today.Year, Today.Month),
            ReportingPeriod.ForMonth(ThisMonth.AddMonths(-3).Year, ThisMonth.AddMonths(-3).Month),
            ReportingPeriod.Containing(PeriodKind.Tertial, Today),
            ReportingPeriod.ForYear(Today.Year),
            ReportingPeriod.ForYear(Today.Year - 1),
        };
        foreach (var area in new[] { new IndicatorArea(Org.SpangaTenstaDistrict, null), new IndicatorArea(Org.SpangaTenstaDistrict, Org.SpangaTenstaUnit) })
        {
            foreach (var measure in AidMeasures)
            {
                foreach (var part in new[] { FigurePart.Numerator, FigurePart.Denominator })
                {
                    foreach (var period in periods)
                    {
                        await using var db = App.NewDbContext();
                        var queries = new IndicatorCaseQueries(db);
                        // The whole list, then keyset pages of it: after its first case, and back from its last.
                        var all = (await queries.ReadLiveAsync(measure, part, area, period, Today, null, null, 100, CancellationToken.None)).Cases;
                        NameKey? KeyAt(int i) => all.Count == 0 ? null : new NameKey(all[i].LastName, all[i].FirstName, all[i].ApplicantId);
                        var pages = new (NameKey? After, NameKey? Before, int Take, IEnumerable<CaseBehindFigure> Expected)[]
                        {
                            (null, null, 100, all),
                            (KeyAt(0), null, 2, all.Skip(1).Take(2)),
                            (null, KeyAt(all.Count - 1), 2, all.SkipLast(1).TakeLast(2)),
                        };
                        foreach (var (after, before, take, expected) in pages)
                        {
                            var fromMasks = await queries.ReadAsync(measure, part, area, period, Today, after, before, take, CancellationToken.None);
                            var live = await queries.ReadLiveAsync(measure, part, area, period, Today, after, before, take, CancellationToken.None);

                            var what = $"{measure} {part} {period.Kind} {period.FirstMonth} unit {area.UnitId} after {after} before {before}";
                            fromMasks.Total.ShouldBe(live.Total, what);
                            fromMasks.Cases.ShouldBe(live.Cases, what);
                            (after is null && before is null ? fromMasks.Cases : live.Cases).ShouldBe(expected.ToList(), what);
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public async Task ACaseMovedOutOfTheAreaSinceTheRefresh_StaysInTheCount_ButTakesNoPlaceOnThePage()
    {
        var moving = (await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 12), name: ("Anna", "Abrahamsson"))).Id;
        var staying = (await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 12), name: ("Bo", "Abrahamsson"))).Id;
        await App.RefreshSummariesAsync();
        await using (var db = App.NewDbContext())
        {
            await db.Applicants.IgnoreQueryFilters().Where(a => a.Id == moving)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.UnitId, Org.HagerstenUnit).SetProperty(a => a.DistrictId, Org.HagerstenDistrict));
        }

        await using var read = App.NewDbContext();
        var queries = new IndicatorCaseQueries(read);
        var area = new IndicatorArea(Org.SpangaTenstaDistrict, null);
        var period = ReportingPeriod.Containing(PeriodKind.Tertial, Today);
        var all = await queries.ReadAsync(IndicatorMeasure.LongTermShareOfAdultRecipients, FigurePart.Numerator, area, period, Today, null, null, 1000, CancellationToken.None);
        var first = await queries.ReadAsync(IndicatorMeasure.LongTermShareOfAdultRecipients, FigurePart.Numerator, area, period, Today, null, null, 1, CancellationToken.None);

        all.Total.ShouldBe(all.Cases.Count + 1, "the figure of the refresh still counts the moved case");
        all.Cases.Select(c => c.ApplicantId).ShouldContain(staying);
        all.Cases.Select(c => c.ApplicantId).ShouldNotContain(moving);
        first.Cases.Single().ApplicantId.ShouldBe(staying, "the first place goes to a case the page can show, not to the moved one");
    }
}
