using CaseWork.Domain.Applicants;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Retention;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using static CaseWork.Web.Tests.Indicators.IndicatorArrangements;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>
/// The incremental refresh (ADR 0020) against a full rebuild: changes made through the application's own code,
/// then every row the incremental refresh leaves in the summary tables must be the row a full rebuild writes.
/// </summary>
public class IncrementalRefreshTests(AppFixture app) : AppTest(app)
{
    private static readonly int[] TwelveMonths = [.. Enumerable.Range(0, 12)];

    [Fact]
    public async Task IncrementalRefresh_AfterChangesOfEveryKind_EqualsAFullRebuild()
    {
        var moved = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        var corrected = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths, HouseholdType.Couple);
        var newMonth = await App.AddOnAidAsync(Org.HagerstenUnit, Enumerable.Range(1, 11));
        var deleted = await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths, reason: AidReason.SickLeave);
        var planned = await App.AddOnAidAsync(Org.SpangaTenstaUnit, [0, 1, 2]);
        var enrolled = await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 14));
        var untouched = await App.AddOnAidAsync(Org.HagerstenUnit, [0, 5]);
        await App.AddEnrolmentAsync(deleted, Today.AddDays(-40), jobPlanOn: Today.AddDays(-38));
        await App.AddPlanAsync(untouched, "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort");
        (await App.RefreshSummariesAsync()).Full.ShouldBeTrue("the first refresh rebuilds everything");
        var before = await SnapshotAsync();

        // A reassignment, a corrected month, a new month, a check, a plan, a referral closed to work, a deletion.
        await ChangeAsync(moved.Id, a => a.PlaceIn(Org.HagerstenDistrict, Org.HagerstenUnit, null));
        await ChangeAsync(corrected.Id, a => a.CorrectAidMonth(ThisMonth.AddMonths(-4).Year, ThisMonth.AddMonths(-4).Month, AidDecision.Refused, Today));
        await ChangeAsync(newMonth.Id, a => a.RecordAidMonth(ThisMonth.Year, ThisMonth.Month, AidDecision.Granted, Today));
        await App.AddCheckThisMonthAsync(planned);
        await App.AddPlanAsync(planned, "Arbete som undersköterska i Spånga inom ett år, efter kursen i vård");
        await App.AddEnrolmentAsync(enrolled, Today.AddDays(-60), Today, ReferralClosureReason.Employment);
        await using (var db = App.NewDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new PersonDeletion(db).DeleteAsync([deleted.Id], CancellationToken.None);
            await transaction.CommitAsync();
        }

        (await App.RefreshSummariesAsync()).Full.ShouldBeFalse("a refresh after changes takes only what changed");
        var incremental = await SnapshotAsync();
        await RebuildAsync();
        var rebuilt = await SnapshotAsync();

        incremental.ShouldNotBe(before, "the changes move the figures");
        incremental.ShouldBe(rebuilt);
    }

    [Fact]
    public async Task IncrementalRefresh_WithTheChangesADifferenceCanGetWrong_EqualsAFullRebuild()
    {
        int typeId, lastTypeId;
        await using (var db = App.NewDbContext())
        {
            typeId = await db.InterventionTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
            lastTypeId = await db.InterventionTypes.OrderByDescending(t => t.Id).Select(t => t.Id).FirstAsync();
        }

        // The oldest month counted is 35 back; its 12 months reach 46 back.
        var start = Today.AddMonths(-3);
        var moved = await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 14));
        // Its intervention is the only one of its type and month in its unit: the move leaves that summary row with none.
        var longAgo = Today.AddMonths(-26);
        await App.AddEnrolmentAsync(moved, longAgo, Today.AddDays(-1), ReferralClosureReason.Employment, intervention: (lastTypeId, longAgo));
        var deleted = await App.AddOnAidAsync(Org.HagerstenUnit, Enumerable.Range(0, 14));
        await App.AddEnrolmentAsync(deleted, start, intervention: (typeId, start));
        var monthRemoved = await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths);
        var closing = await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(0, 14));
        var closingReferral = await App.AddEnrolmentAsync(closing, start, intervention: (typeId, start));
        var twice = await App.AddOnAidAsync(Org.SpangaTenstaUnit, Enumerable.Range(1, 11));
        await App.AddEnrolmentAsync(twice, start, intervention: (typeId, start));
        var atTheEdge = await App.AddOnAidAsync(Org.HagerstenUnit, [35, 36, 45, 46, 47]);
        var stays = await App.AddOnAidAsync(Org.HagerstenUnit, Enumerable.Range(0, 14));
        await App.AddEnrolmentAsync(stays, start, intervention: (typeId, start));
        (await App.RefreshSummariesAsync()).Full.ShouldBeTrue("the first refresh rebuilds everything");
        var before = await SnapshotAsync();

        // Moved with a closed referral and an intervention to a unit of another district.
        await ChangeAsync(moved.Id, a => a.PlaceIn(Org.HagerstenDistrict, Org.HagerstenUnit, null));
        await using (var db = App.NewDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new PersonDeletion(db).DeleteAsync([deleted.Id], CancellationToken.None);
            await transaction.CommitAsync();
        }

        await using (var db = App.NewDbContext())
        {
            var month = ThisMonth.AddMonths(-4);
            await db.AidMonths.Where(m => m.ApplicantId == monthRemoved.Id && m.Month == month).ExecuteDeleteAsync();
        }

        await ChangeReferralAsync(closingReferral.Id, r => r.Close(Today, ReferralClosureReason.Studies, "Börjar studera.", Today));
        // Two changes to one applicant in the same batch: a new month, then a move to another district.
        await ChangeAsync(twice.Id, a => a.RecordAidMonth(ThisMonth.Year, ThisMonth.Month, AidDecision.Granted, Today));
        await ChangeAsync(twice.Id, a => a.PlaceIn(Org.HagerstenDistrict, Org.HagerstenUnit, null));
        await ChangeAsync(atTheEdge.Id, a =>
        {
            var edge = ThisMonth.AddMonths(-46);
            a.CorrectAidMonth(edge.Year, edge.Month, AidDecision.Refused, Today);
            var oldest = ThisMonth.AddMonths(-35);
            a.CorrectAidMonth(oldest.Year, oldest.Month, AidDecision.Refused, Today);
        });

        (await App.RefreshSummariesAsync()).Full.ShouldBeFalse("a refresh after changes takes only what changed");
        var incremental = await SnapshotAsync();
        await RebuildAsync();
        var rebuilt = await SnapshotAsync();

        incremental.ShouldNotBe(before, "the changes move the figures");
        incremental.ShouldBe(rebuilt);
    }

    [Fact]
    public async Task IncrementalRefresh_OnANewDay_CountsPlansThatRanOutOrBegan()
    {
        // Two days of the same month, so that the second refresh is incremental.
        var day = Today.Day > 1 ? Today.AddDays(-1) : Today;
        var next = day.AddDays(1);
        var endingOnDay = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        var startingNextDay = await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths);
        await AddPlanValidAsync(endingOnDay, day.AddMonths(-2), day);
        await AddPlanValidAsync(startingNextDay, next, next.AddMonths(6));

        await RefreshOnAsync(day);
        var first = await SnapshotAsync();
        var refresh = await RefreshOnAsync(next);
        var incremental = await SnapshotAsync();
        await RebuildAsync(next);
        var rebuilt = await SnapshotAsync();

        refresh.Full.ShouldBe(next.Month != day.Month);
        incremental.ShouldBe(rebuilt);
        if (next.Month == day.Month)
        {
            incremental.ShouldNotBe(first, "one plan ran out and one began");
        }
    }

    [Fact]
    public async Task IncrementalRefresh_OnANewDay_CountsJobPlansFallingDueAndResursOnTheNewDay()
    {
        // Two days of the same month, so that the second refresh is incremental; no record changes between them.
        var day = Today.Day > 1 ? Today.AddDays(-1) : Today;
        var next = day.AddDays(1);
        var falling = await App.AddEnrolmentAsync(await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths), day.AddDays(-30));
        var fallen = await App.AddEnrolmentAsync(await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths), day.AddDays(-30));
        var sent = await App.AddReferralAsync(await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths), ReferralProgram.Resurs, sentDaysAgo: 3);
        var granted = await App.AddReferralAsync(await App.AddOnAidAsync(Org.SpangaTenstaUnit, TwelveMonths), ReferralProgram.Resurs, sentDaysAgo: 3);
        var queued = await App.AddReferralAsync(await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths), ReferralProgram.Resurs, sentDaysAgo: 3);
        var closed = await App.AddReferralAsync(await App.AddOnAidAsync(Org.HagerstenUnit, TwelveMonths), ReferralProgram.Resurs, sentDaysAgo: 3);
        var earlier = day.AddDays(-2);
        var onNext = new DateTimeOffset(next.ToDateTime(new TimeOnly(11, 0)), TimeSpan.Zero);
        await using (var db = App.NewDbContext())
        {
            // Dates set directly: a job plan due on the day itself (due before the next day only), and Resurs referrals
            // sent, granted a place, queued and closed on the next day.
            await db.Referrals.Where(r => r.Id == falling.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.JobPlanDueOn, day).SetProperty(r => r.JobPlanOn, (DateOnly?)null));
            await db.Referrals.Where(r => r.Id == fallen.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.JobPlanDueOn, earlier).SetProperty(r => r.JobPlanOn, (DateOnly?)null));
            await db.Referrals.Where(r => r.Id == sent.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentOn, next).SetProperty(r => r.QueuedAt, onNext).SetProperty(r => r.PlaceGrantedOn, (DateOnly?)null));
            await db.Referrals.Where(r => r.Id == granted.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentOn, earlier).SetProperty(r => r.PlaceGrantedOn, next));
            await db.Referrals.Where(r => r.Id == queued.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentOn, earlier).SetProperty(r => r.QueuedAt, onNext).SetProperty(r => r.PlaceGrantedOn, (DateOnly?)null));
            await db.Referrals.Where(r => r.Id == closed.Id).ExecuteUpdateAsync(s => s.SetProperty(r => r.SentOn, earlier).SetProperty(r => r.ClosedOn, next));
        }

        await RefreshOnAsync(day);
        var first = await SnapshotAsync();
        var refresh = await RefreshOnAsync(next);
        var incremental = await SnapshotAsync();
        await RebuildAsync(next);
        var rebuilt = await SnapshotAsync();

        refresh.Full.ShouldBe(next.Month != day.Month);
        incremental.ShouldBe(rebuilt);
        if (next.Month == day.Month)
        {
            incremental.ShouldNotBe(first, "a job plan fell due and four Resurs referrals changed at the new day");
        }
    }

    [Fact]
    public async Task AChangeToACountedRecord_IsNotedInTheSameTransaction()
    {
        var applicant = await App.AddOnAidAsync(Org.SpangaTenstaUnit, [1]);
        await App.RefreshSummariesAsync();

        await ChangeAsync(applicant.Id, a => a.RecordAidMonth(ThisMonth.Year, ThisMonth.Month, AidDecision.Granted, Today));

        await using var db = App.NewDbContext();
        var noted = await db.IndicatorChanges.Select(c => new { c.ApplicantId, c.DistrictId }).Distinct().ToListAsync();
        noted.ShouldBe([new { ApplicantId = (Guid?)applicant.Id, DistrictId = (int?)Org.SpangaTenstaDistrict }]);
    }

    private async Task ChangeAsync(Guid applicantId, Action<Applicant> change)
    {
        await using var db = App.NewDbContext();
        var applicant = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths).SingleAsync(a => a.Id == applicantId);
        change(applicant);
        await db.SaveChangesAsync();
    }

    private async Task ChangeReferralAsync(Guid referralId, Action<Referral> change)
    {
        await using var db = App.NewDbContext();
        var referral = await db.Referrals.IgnoreQueryFilters().Include(r => r.Interventions).SingleAsync(r => r.Id == referralId);
        change(referral);
        await db.SaveChangesAsync();
    }

    private async Task AddPlanValidAsync(Applicant applicant, DateOnly from, DateOnly to)
    {
        var content = new PlanContent(
            from,
            to,
            from.AddDays(14),
            "Arbete som lagerarbetare i Järfälla inom ett år, efter truckkort",
            [new Subgoal(Guid.NewGuid(), "Ta truckkort A och B", "Godkänt prov", to, SubgoalStatus.InProgress, [])],
            ["Delta på Jobbtorg fyra dagar i veckan"],
            []);
        var plan = WorkPlan.StartDraft(applicant.Id, content, AppTime.UtcNow.AddDays(-7));
        plan.Activate(new PlanAgreementInput(Today.AddDays(-7), AgreementMethod.InMeeting, true, null), "test", AppTime.UtcNow.AddDays(-7));
        await using var db = App.NewDbContext();
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
    }

    private Task<SummaryRefresh> RefreshOnAsync(DateOnly day) => WithRefresherAsync(day, r => r.RefreshAsync("Test"));

    private Task<SummaryRefresh> RebuildAsync(DateOnly? day = null) => WithRefresherAsync(day ?? Today, r => r.RebuildAsync("Test"));

    private async Task<SummaryRefresh> WithRefresherAsync(DateOnly day, Func<IndicatorSummaryRefresher, Task<SummaryRefresh>> run)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        await using var db = App.NewDbContext();
        var refresher = new IndicatorSummaryRefresher(
            db, scope.ServiceProvider.GetRequiredService<PlanQualityRules>(), new FixedClock(day), NullLogger<IndicatorSummaryRefresher>.Instance);
        return await run(refresher);
    }

    /// <summary>Every row of the three summary tables and the per-applicant rows they are summed from, as text in a fixed order.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var db = App.NewDbContext();
        var tables = new List<string>();
        foreach (var table in new[]
        {
            "indicator_aid_months", "indicator_referral_months", "indicator_intervention_months", "indicator_aid_facts", "indicator_referral_facts",
            "indicator_intervention_facts",
        })
        {
            // The table names are the constants above.
            var sql = string.Concat("SELECT '", table, ": ' || coalesce(string_agg(x::text, ' | ' ORDER BY x::text), '') AS \"Value\" FROM ", table, " x");
            tables.Add(await db.Database.SqlQueryRaw<string>(sql).SingleAsync());
        }

        return string.Join(Environment.NewLine, tables);
    }
}
