using CaseWork.Domain.Calendar;
using CaseWork.Web.Tests.Faults;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>A social worker saves a note at the moment the database goes down, and sends it again when it is back.</summary>
[Collection(AppTestGroup.Name)]
public sealed class DatabaseOutageJourneyTests(AppFixture app, FaultyDatabaseApp faulty) : IClassFixture<FaultyDatabaseApp>
{
    [Fact]
    public async Task ANoteSavedWhileTheDatabaseIsDown_IsKeptOnThePage_AndSavedOnceWhenSentAgain()
    {
        var applicantId = await faulty.AddApplicantAsync();
        await using var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = faulty.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 860 },
            Locale = "sv-SE",
            TimezoneId = SwedishTime.ZoneId,
        });
        context.SetDefaultTimeout(20_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.GetByLabel("Användarnamn").FillAsync(FaultyDatabaseApp.Worker);
        await page.GetByLabel("Lösenord").FillAsync(AppFixture.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));

        await page.GotoAsync($"/Applicants/{applicantId}/Journal/Write");
        await page.GetByLabel("Anteckning", new() { Exact = true }).FillAsync("Samtal om praktikplats hos bageriet.");
        await faulty.Database.StopAsync();
        try
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Spara som utkast" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Databasen svarar inte");
            await Assertions.Expect(page.GetByText("Det du skickade finns kvar")).ToBeVisibleAsync();
            await page.ShouldBeAccessibleAsync();
            await page.ScreenshotForGuideAsync("database-unavailable.png");
        }
        finally
        {
            await faulty.Database.StartAgainAsync();
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Skicka igen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Samtal om praktikplats hos bageriet.")).ToBeVisibleAsync();
        (await faulty.NotesWithTextAsync("Samtal om praktikplats hos bageriet.")).ShouldBe(1);
    }
}
