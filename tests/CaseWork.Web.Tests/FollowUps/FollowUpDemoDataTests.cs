using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.FollowUps;

public class FollowUpDemoDataTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheDemo_ShowsJournalNotesMonthlyChecksAndATalk()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(40, seed: 7);
        }

        await using (var db = App.NewDbContext())
        {
            await new FollowUpDemoSeeder(db, TimeProvider.System).SeedAsync(CancellationToken.None);
        }

        await using var read = App.NewDbContext();
        var talk = await read.FollowUpTalks.IgnoreQueryFilters().SingleAsync();
        (await read.MonthlyChecks.IgnoreQueryFilters().CountAsync()).ShouldBe(FollowUpDemoSeeder.ApplicantsWithFollowUps);
        var session = await SignInAsync("socialsekreterare.st");
        var casePage = await (await session.GetAsync($"/Applicants/{talk.ApplicantId}")).TextAsync();
        casePage.ShouldContain("Trepartssamtal: Praktiken på lagret går bra.");
        casePage.ShouldContain("Ringde om underlag till ansökan");
        (await (await session.GetAsync($"/Applicants/{talk.ApplicantId}/FollowUps")).TextAsync()).ShouldContain("Trepartssamtal · planen ska revideras");
    }
}
