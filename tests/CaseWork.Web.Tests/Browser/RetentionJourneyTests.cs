using CaseWork.Domain.Calendar;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class RetentionJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Administrator_MakesADryRun_ChecksTheDates_ThenDeletesTheDueFiles()
    {
        await using (var db = App.NewDbContext())
        {
            await new RetentionDemoSeeder(db, SwedishTime.Clock).SeedAsync(CancellationToken.None);
        }

        var admin = await OpenBrowserAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Gallring" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gallring");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Provkör gallringen" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Provkörning");
        await Assertions.Expect(admin.Locator("#dry-run-summary")).ToContainTextAsync("Akter som en gallring skulle radera: 3.");
        await Assertions.Expect(admin.Locator("#dry-run-summary")).ToContainTextAsync("Sparas: 1 för forskning");
        var rows = admin.Locator("#due-files tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(rows.Filter(new() { HasText = "Lundgren, Birgitta" })).ToContainTextAsync("Efter sista dagen");
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-retention-dry-run.png");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Gallra nu…" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#confirm-text")).ToContainTextAsync("Akter som raderas ur alla tabeller, för alltid: 3.");
        await admin.ShouldBeAccessibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Ja, gallra akterna" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Gallringen är klar. Raderade akter: 3.");
        await Assertions.Expect(admin.Locator("#retention-runs tbody tr")).ToHaveCountAsync(2);
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-retention.png");

        await admin.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Retention");
        await Assertions.Expect(admin.Locator("#retention-runs")).ToContainTextAsync("Dry run");
        await admin.ShouldBeAccessibleAsync();

        await using var check = App.NewDbContext();
        (await check.Applicants.IgnoreQueryFilters().Select(a => a.LastName).ToListAsync()).ShouldBe(["Holmberg"]);
    }
}
