using CaseWork.Domain.Calendar;
using CaseWork.Domain.People;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Seeding;

public class SeederTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task DemoApplicants_HaveValidUniquePersonnummerAndAidHistory()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(200, seed: 7);
        }

        await using var db = App.NewDbContext();
        var applicants = await db.Applicants.IgnoreQueryFilters().Include(a => a.AidMonths).ToListAsync();
        applicants.Count.ShouldBe(200);
        applicants.Select(a => a.PersonalIdentityNumber).Distinct().Count().ShouldBe(200);
        var today = AppTime.Today;
        foreach (var applicant in applicants)
        {
            PersonalIdentityNumber.TryParse(applicant.PersonalIdentityNumber, today, out _).ShouldBe(PersonalIdentityNumberError.None);
        }

        applicants.Count(a => a.IsLongTerm(today)).ShouldBeInRange(20, 180);
        applicants.ShouldContain(a => a.UnitId == Org.SpangaTenstaUnit);
        applicants.ShouldAllBe(a => a.AssignedWorkerId != null);
    }

    [Fact]
    public async Task DemoPlans_AreSavedInTheWorkersNames_AsTheEditorSavesThem()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(40, seed: 7);
            await new PlanDemoSeeder(scope.ServiceProvider.GetRequiredService<CaseWork.Infrastructure.Persistence.CaseWorkDbContext>(), SwedishTime.Clock)
                .SeedAsync(CancellationToken.None);
        }

        await using var db = App.NewDbContext();
        var savedBy = await db.WorkPlanVersions.IgnoreQueryFilters().Select(v => v.CreatedBy).Distinct().ToListAsync();
        var userNames = await db.Users.Select(u => u.UserName).ToListAsync();
        savedBy.ShouldNotBeEmpty();
        savedBy.ShouldAllBe(by => userNames.Contains(by));
    }

    [Fact]
    public async Task DemoTargets_CoverEveryDistrictThisYearAndLast_AndSeedingAgainAddsNothing()
    {
        var thisYear = AppTime.Now.Year;
        for (var run = 0; run < 2; run++)
        {
            await using var scope = App.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseWork.Infrastructure.Persistence.CaseWorkDbContext>();
            await new IndicatorTargetDemoSeeder(db, SwedishTime.Clock).SeedAsync();
        }

        await using var check = App.NewDbContext();
        var districts = await check.Districts.CountAsync();
        (await check.DistrictPopulations.CountAsync()).ShouldBe(districts * 2);
        (await check.IndicatorTargets.CountAsync()).ShouldBe(districts * 2 * CaseWork.Domain.Indicators.IndicatorMeasures.All.Count);
        (await check.DistrictPopulations.Where(p => p.Year == thisYear).Select(p => p.Adults).ToListAsync()).ShouldAllBe(a => a >= 25_000 && a <= 60_000);
        (await check.IndicatorTargets.SingleAsync(t => t.DistrictId == Org.SpangaTenstaDistrict && t.Year == thisYear
            && t.Measure == CaseWork.Domain.Indicators.IndicatorMeasure.LongTermShareOfAdultRecipients)).Value.ShouldBe(66m);
    }

    [Fact]
    public async Task DemoPhrases_GiveEveryUnitPhrasesForEachText_AndEachDemoWorkerTheirOwn_AndSeedingAgainAddsNothing()
    {
        for (var run = 0; run < 2; run++)
        {
            await using var scope = App.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CaseWork.Infrastructure.Persistence.CaseWorkDbContext>();
            await new PhraseDemoSeeder(db, SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        await using var check = App.NewDbContext();
        var phrases = await check.Phrases.IgnoreQueryFilters().ToListAsync();
        var units = await check.Units.Select(u => u.Id).ToListAsync();
        foreach (var unit in units)
        {
            phrases.Where(p => p.UnitId == unit && p.IsUnitPhrase).Select(p => p.Use).Distinct().Count()
                .ShouldBe(Enum.GetValues<CaseWork.Domain.Phrases.PhraseUse>().Length);
        }

        phrases.Where(p => p.UnitId == Org.SpangaTenstaUnit && p.IsUnitPhrase).ShouldAllBe(p => p.CreatedById == Org.UserIds["enhetschef.st"]);
        phrases.ShouldContain(p => p.OwnerId == Org.UserIds["socialsekreterare.st"]);
        phrases.ShouldContain(p => p.OwnerId == Org.UserIds["socialsekreterare.hl"]);
    }
}
