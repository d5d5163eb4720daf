using CaseWork.Domain.Access;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Web.Tests.Persistence;

public class WorkPlanPersistenceTests(AppFixture app) : AppTest(app)
{
    private static readonly DateTimeOffset Now = AppTime.UtcNow;

    [Fact]
    public async Task APlanWithRevisionsAndAgreements_RoundTrips()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = WorkPlan.StartDraft(applicant.Id, Content("Arbete som lokalvårdare i Järva inom ett år"), Now);
        plan.Activate(new PlanAgreementInput(Today, AgreementMethod.InMeeting, false, "Vill hellre studera."), "worker", Now);
        plan.Revise(Content("Arbete som lokalvårdare på deltid inom sex månader"), "Efter trepartssamtal", "worker", Now);
        await using (var db = App.NewDbContext())
        {
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
        }

        await using var read = App.NewDbContext();
        var loaded = await read.WorkPlans.IgnoreQueryFilters().Include(p => p.Versions).SingleAsync();
        loaded.Status.ShouldBe(WorkPlanStatus.Active);
        loaded.Versions.Count.ShouldBe(2);
        loaded.Content.Goal.ShouldBe("Arbete som lokalvårdare på deltid inom sex månader");
        loaded.Versions.Single(v => v.Number == 1).Content.ShouldBe(Content("Arbete som lokalvårdare i Järva inom ett år"));
        loaded.AgreementFor(1)!.ApplicantView.ShouldBe("Vill hellre studera.");
        loaded.Content.Subgoals.ShouldHaveSingleItem().Activities.ShouldHaveSingleItem().Who.ShouldBe(ActivityOwner.Jobbtorg);
    }

    [Fact]
    public async Task ASecondActivePlan_ForTheSameApplicant_IsRefusedByTheDatabase()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using var db = App.NewDbContext();
        foreach (var goal in new[] { "Arbete som busschaufför inom ett år", "Studier till undersköterska på komvux" })
        {
            var plan = WorkPlan.StartDraft(applicant.Id, Content(goal), Now);
            plan.Activate(new PlanAgreementInput(Today, AgreementMethod.SignedOnPaper, true, null), "worker", Now);
            db.WorkPlans.Add(plan);
        }

        var failure = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        failure.IsUniqueViolation(WorkPlanConfiguration.OnePlanInProgressIndex).ShouldBeTrue();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ASecondPlanInProgress_ForTheSameApplicant_IsRefusedByTheDatabase(bool firstIsActive)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using var db = App.NewDbContext();
        var first = WorkPlan.StartDraft(applicant.Id, Content("Arbete som busschaufför inom ett år"), Now);
        if (firstIsActive)
        {
            first.Activate(new PlanAgreementInput(Today, AgreementMethod.SignedOnPaper, true, null), "worker", Now);
        }

        db.WorkPlans.AddRange(first, WorkPlan.StartDraft(applicant.Id, Content("Studier till undersköterska på komvux"), Now));

        var failure = await Should.ThrowAsync<DbUpdateException>(() => db.SaveChangesAsync());
        failure.IsUniqueViolation(WorkPlanConfiguration.OnePlanInProgressIndex).ShouldBeTrue();
    }

    [Fact]
    public async Task ANewPlan_BesideClosedOnes_IsAccepted()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await using var db = App.NewDbContext();
        foreach (var goal in new[] { "Arbete som busschaufför inom ett år", "Arbete inom handeln i Kista inom ett år" })
        {
            var closed = WorkPlan.StartDraft(applicant.Id, Content(goal), Now);
            closed.Activate(new PlanAgreementInput(Today, AgreementMethod.SignedOnPaper, true, null), "worker", Now);
            closed.Close(PlanClosureReason.SelfSufficient, null, Now);
            db.WorkPlans.Add(closed);
        }

        db.WorkPlans.Add(WorkPlan.StartDraft(applicant.Id, Content("Studier till undersköterska på komvux"), Now));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task AVersion_CannotBeUpdatedInTheDatabase()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = WorkPlan.StartDraft(applicant.Id, Content("Arbete inom handeln i Kista inom ett år"), Now);
        plan.Activate(new PlanAgreementInput(Today, AgreementMethod.InMeeting, true, null), "worker", Now);
        await using var db = App.NewDbContext();
        db.WorkPlans.Add(plan);
        await db.SaveChangesAsync();

        var failure = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlRawAsync("UPDATE work_plan_versions SET reason = 'tampered'"));

        failure.MessageText.ShouldBe("work plan versions are immutable");
    }

    [Fact]
    public async Task Plans_AreScopedThroughTheirApplicant()
    {
        var tensta = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var plan = WorkPlan.StartDraft(tensta.Id, Content("Arbete som kock i Spånga inom ett år"), Now);
        await using (var db = App.NewDbContext())
        {
            db.WorkPlans.Add(plan);
            await db.SaveChangesAsync();
        }

        await using var own = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.SpangaTenstaUnit, null, true)));
        await using var other = App.NewDbContext(new ScopedTestUser(new AccessScope(Org.HagerstenUnit, null, true)));
        await using var manager = App.NewDbContext(new ScopedTestUser(new AccessScope(null, Org.SpangaTenstaDistrict, false)));

        (await own.WorkPlans.CountAsync()).ShouldBe(1);
        (await manager.WorkPlans.CountAsync()).ShouldBe(1);
        (await other.WorkPlans.CountAsync()).ShouldBe(0);
    }

    private static DateOnly Today => AppTime.Today;

    private static PlanContent Content(string goal) => new(
        Today,
        Today.AddMonths(6),
        Today.AddMonths(1),
        goal,
        [new Subgoal(Guid.Parse("11111111-1111-1111-1111-111111111111"), "Praktik", "Fyra veckor genomförda", Today.AddMonths(3), SubgoalStatus.NotStarted,
            [new PlanActivity(Guid.Parse("22222222-2222-2222-2222-222222222222"), "Matchning till praktikplats", ActivityOwner.Jobbtorg, null, Today.AddDays(14))])],
        ["Delta på Jobbtorg varje dag"],
        ["Jobbcoach"]);
}
