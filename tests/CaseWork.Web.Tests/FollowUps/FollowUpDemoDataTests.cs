using CaseWork.Domain.Calendar;
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
            await new FollowUpDemoSeeder(db, SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        await using var read = App.NewDbContext();
        var talk = await read.FollowUpTalks.IgnoreQueryFilters().SingleAsync();
        // Last month's check for nearly everyone on aid; a few are left missing to show overdue checks in the due list.
        var lastMonth = new DateOnly(AppTime.Now.Date.Year, AppTime.Now.Date.Month, 1).AddMonths(-1);
        var onAidLastMonth = await read.AidMonths.CountAsync(m => m.Month == lastMonth);
        var checkedLastMonth = await read.MonthlyChecks.IgnoreQueryFilters().CountAsync(c => c.Month == lastMonth);
        checkedLastMonth.ShouldBeGreaterThan(onAidLastMonth * 8 / 10);
        checkedLastMonth.ShouldBeLessThan(onAidLastMonth);
        var session = await SignInAsync("socialsekreterare.st");
        var casePage = await (await session.GetAsync($"/Applicants/{talk.ApplicantId}")).TextAsync();
        casePage.ShouldContain("Trepartssamtal: Praktiken på lagret går bra.");
        casePage.ShouldContain("Ringde om underlag till ansökan");
        (await (await session.GetAsync($"/Applicants/{talk.ApplicantId}/FollowUps")).TextAsync()).ShouldContain("Trepartssamtal · planen ska revideras");
    }
}
