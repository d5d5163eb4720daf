using CaseWork.Domain.Calendar;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class IndicatorTargetsJourneyTests(AppFixture app) : AppTest(app)
{
    private static int ThisYear => AppTime.Now.Year;

    [Fact]
    public async Task Administrator_CorrectsABadTarget_AndSavesTheYear()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await new IndicatorTargetDemoSeeder(scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>(), SwedishTime.Clock).SeedAsync();
        }

        var admin = await OpenBrowserAsync("admin");
        await admin.GetByRole(AriaRole.Link, new() { Name = "Mål och befolkning" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mål och befolkning");
        await Assertions.Expect(admin.GetByLabel("Spånga-Tensta, mål indikator 2", new() { Exact = true })).ToHaveValueAsync("66");
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-indicator-targets.png");

        await admin.GetByLabel("Spånga-Tensta, mål indikator 2", new() { Exact = true }).FillAsync("65,9");
        await admin.GetByLabel("Älvsjö, mål indikator 3", new() { Exact = true }).FillAsync("sextio");
        await admin.GetByLabel("Skärholmen, vuxna invånare", new() { Exact = true }).FillAsync("-26300");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Spara mål och befolkning för {ThisYear}" }).ClickAsync();

        var summary = admin.Locator("#error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Älvsjö, mål indikator 3: Ange målet som ett tal, till exempel 65,9.");
        await Assertions.Expect(summary).ToContainTextAsync("Skärholmen, vuxna invånare: Antalet vuxna invånare måste vara större än 0.");
        await Assertions.Expect(admin.GetByLabel("Spånga-Tensta, mål indikator 2", new() { Exact = true })).ToHaveValueAsync("65,9");
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-indicator-targets-errors.png");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Älvsjö, mål indikator 3: Ange målet som ett tal, till exempel 65,9." }).ClickAsync();
        await Assertions.Expect(admin.GetByLabel("Älvsjö, mål indikator 3", new() { Exact = true })).ToBeFocusedAsync();
        await admin.GetByLabel("Älvsjö, mål indikator 3", new() { Exact = true }).FillAsync("60");
        await admin.GetByLabel("Skärholmen, vuxna invånare", new() { Exact = true }).FillAsync("26 300");
        await admin.GetByRole(AriaRole.Button, new() { Name = $"Spara mål och befolkning för {ThisYear}" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Mål och befolkning för {ThisYear} är sparade. Ändrade värden: 1.");
        await Assertions.Expect(admin.GetByLabel("Spånga-Tensta, mål indikator 2", new() { Exact = true })).ToHaveValueAsync("65,9");
        await using var db = App.NewDbContext();
        (await db.IndicatorTargets.SingleAsync(t => t.DistrictId == Org.SpangaTenstaDistrict && t.Year == ThisYear
            && t.Measure == CaseWork.Domain.Indicators.IndicatorMeasure.LongTermShareOfAdultRecipients)).Value.ShouldBe(65.9m);
    }
}
