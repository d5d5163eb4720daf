using CaseWork.Domain.Applicants;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Journal;
using CaseWork.Domain.People;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Indicators;

/// <summary>Records for the indicator tests, written straight through the domain, and the summaries read back.</summary>
internal static class IndicatorArrangements
{
    public static DateOnly Today => AppTime.Today;

    public static DateOnly ThisMonth => new(Today.Year, Today.Month, 1);

    /// <summary>An applicant with aid paid in the given months back from this one (0 = this month), refused in others.</summary>
    public static async Task<Applicant> AddOnAidAsync(
        this AppFixture app,
        int unitId,
        IEnumerable<int> paidMonthsBack,
        HouseholdType household = HouseholdType.SingleAdult,
        AidReason reason = AidReason.Unemployment,
        IEnumerable<int>? refusedMonthsBack = null,
        string? worker = null,
        (string First, string Last)? name = null)
    {
        await using var db = app.NewDbContext();
        var districtId = await db.Units.Where(u => u.Id == unitId).Select(u => u.DistrictId).SingleAsync();
        var applicant = Applicant.Register(
            PersonalIdentityNumber.Parse(TestPins.Next(), Today),
            new ApplicantDetails(name?.First ?? "Test", name?.Last ?? "Person", null, null, null, null, null, household, 0, reason, false),
            districtId,
            unitId,
            worker,
            AppTime.UtcNow);
        foreach (var back in paidMonthsBack)
        {
            var month = ThisMonth.AddMonths(-back);
            applicant.RecordAidMonth(month.Year, month.Month, AidDecision.Granted, Today);
        }

        foreach (var back in refusedMonthsBack ?? [])
        {
            var month = ThisMonth.AddMonths(-back);
            applicant.RecordAidMonth(month.Year, month.Month, AidDecision.Refused, Today);
        }

        db.Applicants.Add(applicant);
        await db.SaveChangesAsync();
        return applicant;
    }

    /// <summary>A Jobbtorg referral with its first visit on <paramref name="firstVisit"/>, closed when a closure is given.</summary>
    public static async Task<Referral> AddEnrolmentAsync(
        this AppFixture app,
        Applicant applicant,
        DateOnly firstVisit,
        DateOnly? closedOn = null,
        ReferralClosureReason? reason = null,
        DateOnly? jobPlanOn = null,
        (int TypeId, DateOnly Start)? intervention = null)
    {
        await using var db = app.NewDbContext();
        var jobCentreId = await db.JobCentres.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var sentOn = firstVisit.AddDays(-7);
        var referral = Referral.Send(
            new ReferralRequest(applicant.Id, applicant.DistrictId, jobCentreId, ReferralProgram.Jobbtorg, "Arbetslös sedan länge.", 100, null, null,
                new ReferralConsent(true, sentOn, ConsentScope.WorkPlan), sentOn),
            "test",
            AppTime.UtcNow,
            Today);
        referral.Receive(sentOn.AddDays(1), Today);
        referral.RecordFirstVisit(firstVisit, Today);
        if (jobPlanOn is { } plan)
        {
            referral.RecordJobPlan(plan, "Söka arbete.", Today);
        }

        if (intervention is { } i)
        {
            referral.StartIntervention(i.TypeId, i.Start, null, Today);
        }

        if (closedOn is { } closed)
        {
            referral.Close(closed, reason, "Anteckning om avslutet.", Today);
        }

        db.Referrals.Add(referral);
        await db.SaveChangesAsync();
        return referral;
    }

    /// <summary>This month's check, recorded now (so on time).</summary>
    public static async Task AddCheckThisMonthAsync(this AppFixture app, Applicant applicant)
    {
        await using var db = app.NewDbContext();
        var now = AppTime.UtcNow;
        var check = MonthlyCheck.Record(applicant.Id, "test", new MonthlyCheckFacts(ThisMonth, Attendance.NotApplicable, null, 4, AidDecision.Granted, null, null), now, Today);
        var note = JournalNote.Write(applicant.Id, "test", JournalNoteKind.MonthlyCheck, Today, "Månadsuppföljning.", now, Today);
        note.Sign(now);
        db.JournalNotes.Add(note);
        check.WrittenInJournalAs(note.Id);
        db.MonthlyChecks.Add(check);
        await db.SaveChangesAsync();
    }

    /// <summary>An active plan with one subgoal and the given goal, agreed a week ago and valid for six months.</summary>
    public static async Task AddPlanAsync(this AppFixture app, Applicant applicant, string goal)
    {
        var content = new PlanContent(
            Today.AddDays(-7),
            Today.AddMonths(6),
            Today.AddMonths(1),
            goal,
            [new Subgoal(Guid.NewGuid(), "Ta truckkort A och B", "Godkänt prov", Today.AddMonths(2), SubgoalStatus.InProgress, [])],
            ["Delta på Jobbtorg fyra dagar i veckan"],
            []);
        var plan = WorkPlan.StartDraft(applicant.Id, content, AppTime.UtcNow);
        plan.Activate(new PlanAgreementInput(Today.AddDays(-7), AgreementMethod.InMeeting, true, null), "test", AppTime.UtcNow);
        await using var db = app.NewDbContext();
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();
    }

    /// <summary>The administrator's target for this year.</summary>
    public static async Task AddTargetAsync(this AppFixture app, int districtId, IndicatorMeasure measure, decimal value)
    {
        await using var db = app.NewDbContext();
        db.IndicatorTargets.Add(new IndicatorTarget(districtId, Today.Year, measure, value, Today.Year));
        await db.SaveChangesAsync();
    }

    /// <summary>The district's adult population this year, the denominator of indicator 1.</summary>
    public static async Task AddPopulationAsync(this AppFixture app, int districtId, int adults)
    {
        await using var db = app.NewDbContext();
        db.DistrictPopulations.Add(new DistrictPopulation(districtId, Today.Year, adults, Today.Year));
        await db.SaveChangesAsync();
    }

    public static async Task<SummaryRefresh> RefreshSummariesAsync(this AppFixture app)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IndicatorSummaryRefresher>().RefreshAsync("Test");
    }

    public static async Task<AreaCounts> ReadCountsAsync(this AppFixture app, IndicatorArea area)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IndicatorCountsQuery>()
            .ReadAsync(area, ThisMonth.AddMonths(-35), ThisMonth);
    }
}
