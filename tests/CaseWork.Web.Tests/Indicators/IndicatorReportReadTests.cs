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
/// The dashboard's one-statement read (issue 17: one round trip instead of nine) gives what the separate reads it
/// replaced give: the counts of <see cref="IndicatorCountsQuery"/>, the targets and populations, the intervention
/// names, the Resurs places, the area's name and the last refresh.
/// </summary>
public class IndicatorReportReadTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] TwelveMonths = [.. Enumerable.Range(0, 12)];

    [Fact]
    public async Task OneRead_GivesWhatTheSeparateReadsGive_ForADistrictAndAUnit()
    {
        int typeId;
        await using (var db = App.NewDbContext())
        {
            typeId = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        var start = ThisMonth.AddMonths(-6);
        var applicant = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await App.AddEnrolmentAsync(applicant, start, start.AddMonths(2), ReferralClosureReason.Employment, intervention: (typeId, start));
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1, 2], reason: AidReason.SickLeave);
        await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        await App.AddTargetAsync(Org.SpangaTenstaDistrict, IndicatorMeasure.LongTermShareOfAdultRecipients, 42.5m);
        await App.AddPopulationAsync(Org.SpangaTenstaDistrict, 12_345);
        await App.RefreshSummariesAsync();

        foreach (var area in new[] { new IndicatorArea(Org.SpangaTenstaDistrict), new IndicatorArea(Org.SpangaTenstaDistrict, Org.SpangaTenstaUnit) })
        {
            await using var db = App.NewDbContext();
            var from = ThisMonth.AddMonths(-35);
            var read = await IndicatorReportRead.ReadAsync(db, area, from, ThisMonth);

            var counts = await new IndicatorCountsQuery(db).ReadAsync(area, from, ThisMonth);
            read.Counts.Aid.OrderBy(p => p.Key).ToList().ShouldBe(counts.Aid.OrderBy(p => p.Key).ToList());
            read.Counts.Aid.ShouldNotBeEmpty();
            read.Counts.AidByReason.OrderBy(p => p.Key).ToList().ShouldBe(counts.AidByReason.OrderBy(p => p.Key).ToList());
            read.Counts.Referrals.OrderBy(p => p.Key).ToList().ShouldBe(counts.Referrals.OrderBy(p => p.Key).ToList());
            read.Counts.Referrals.ShouldNotBeEmpty();
            Flat(read.Counts.InterventionsByType).ShouldBe(Flat(counts.InterventionsByType));
            read.Counts.InterventionsByType.Keys.ShouldContain(typeId);

            var targets = new IndicatorTargetQueries(db);
            read.Targets.ShouldBe(await targets.TargetsAsync([area.DistrictId], from.Year, ThisMonth.Year), ignoreOrder: true);
            read.Targets.ShouldNotBeEmpty();
            read.Populations.ShouldBe(
                area.UnitId is null ? await targets.PopulationsAsync([area.DistrictId], from.Year, ThisMonth.Year) : [], ignoreOrder: true);
            read.InterventionTypes.ShouldBe(await db.InterventionTypes.OrderBy(t => t.Name).Select(t => new ValueTuple<int, string>(t.Id, t.Name)).ToListAsync());
            read.ResursPlaces.ShouldBe(await db.ResursPlaces.Where(p => p.DistrictId == area.DistrictId).Select(p => (int?)p.Places).SingleOrDefaultAsync());
            read.AreaName.ShouldBe(await Web.Pages.Indicators.IndicatorReportQuery.AreaNameAsync(db, area, CancellationToken.None));
            var latest = await db.SummaryRefreshes.OrderByDescending(r => r.FinishedAt).FirstAsync();
            read.LatestRefresh.ShouldNotBeNull();
            (read.LatestRefresh.Id, read.LatestRefresh.StartedAt, read.LatestRefresh.FinishedAt, read.LatestRefresh.FirstMonth, read.LatestRefresh.LastMonth,
                read.LatestRefresh.Trigger, read.LatestRefresh.CountedOn, read.LatestRefresh.Full, read.LatestRefresh.DurationMs)
                .ShouldBe((latest.Id, latest.StartedAt, latest.FinishedAt, latest.FirstMonth, latest.LastMonth, latest.Trigger, latest.CountedOn, latest.Full,
                    latest.DurationMs));
        }
    }

    private static List<(int, DateOnly, InterventionCounts)> Flat(IReadOnlyDictionary<int, IReadOnlyDictionary<DateOnly, InterventionCounts>> byType) =>
        [.. byType.SelectMany(t => t.Value.Select(m => (t.Key, m.Key, m.Value))).OrderBy(r => r.Item1).ThenBy(r => r.Item2)];
}
