using CaseWork.Domain.Calendar;
using CaseWork.Infrastructure.Retention;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Retention;

public class RetentionDemoDataTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheDemo_HasThreeFilesDueForDeletion_AndOneKeptForResearch()
    {
        await using (var db = App.NewDbContext())
        {
            await new RetentionDemoSeeder(db, SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        await using var read = App.NewDbContext();
        (await new RetentionCandidates(read).CountAsync(RetentionFiles.Today, CancellationToken.None)).ShouldBe(new RetentionCounts(3, 1, 0));

        var admin = await SignInAsync("admin");
        var list = await (await admin.GetAsync("/Admin/Retention/DryRun")).TextAsync();
        list.ShouldContain("Lundgren, Birgitta");
        list.ShouldContain("Sandström, Majvor");
        list.ShouldNotContain("Holmberg");
    }
}
