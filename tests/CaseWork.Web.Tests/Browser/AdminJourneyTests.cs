using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class AdminJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Administrator_CreatesASocialWorker_WhoCanSignIn_ThenDeactivatesThem()
    {
        var userName = "ny.handlaggare" + Guid.NewGuid().ToString("N")[..6];
        var admin = await OpenBrowserAsync("admin");
        await admin.ShouldBeAccessibleAsync();
        await admin.ScreenshotForGuideAsync("admin-users.png");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Skapa användare" }).ClickAsync();
        await admin.GetByLabel("Användarnamn").FillAsync(userName);
        await admin.GetByLabel("Namn", new() { Exact = true }).FillAsync("Nina Nyström");
        await admin.GetByLabel("Roll").SelectOptionAsync(new SelectOptionValue { Label = "Socialsekreterare" });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Skapa användare" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#error-summary")).ToContainTextAsync("Välj den enhet där personen arbetar.");
        await Assertions.Expect(admin.Locator("#error-summary")).ToContainTextAsync("Ange ett första lösenord.");
        await admin.ShouldBeAccessibleAsync();

        await admin.GetByLabel("Enhet").SelectOptionAsync(new SelectOptionValue { Label = "Ekonomiskt bistånd Spånga-Tensta" });
        await admin.GetByLabel("Första lösenord").FillAsync("ett-långt-lösenord");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Skapa användare" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync($"Användaren {userName} är skapad.");

        var worker = await OpenBrowserAsync(userName, "ett-långt-lösenord");
        await Assertions.Expect(worker.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Att göra");

        await admin.GetByRole(AriaRole.Link, new() { Name = userName }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Inaktivera" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("är inaktiverad");

        var again = await OpenBrowserAsync();
        await SubmitLoginAsync(again, userName, "ett-långt-lösenord");
        await Assertions.Expect(again.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fel användarnamn eller lösenord.");
    }

    [Fact]
    public async Task Administrator_AddsAUnitToADistrict()
    {
        var admin = await OpenBrowserAsync("admin");
        await admin.GotoAsync("/Admin/Organisation");
        await admin.ShouldBeAccessibleAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Lägg till enhet" }).ClickAsync();
        await Assertions.Expect(admin.Locator("#error-summary")).ToContainTextAsync("Välj en stadsdel.");

        var name = "Jobbaktiv " + Guid.NewGuid().ToString("N")[..4];
        await admin.Locator("#UnitDistrictId").SelectOptionAsync(new SelectOptionValue { Label = "Älvsjö" });
        await admin.Locator("#UnitName").FillAsync(name);
        await admin.GetByRole(AriaRole.Button, new() { Name = "Lägg till enhet" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Organisationen är sparad.");
        await Assertions.Expect(admin.GetByText($"{name} · 0 användare")).ToBeVisibleAsync();
    }
}
