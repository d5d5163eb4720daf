using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class SignInJourneyTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("socialsekreterare.st", "Att göra")]
    [InlineData("socialsekreterare.hl", "Att göra")]
    [InlineData("enhetschef.st", "Att göra")]
    [InlineData("chef", "Nyckeltal")]
    [InlineData("jobbcoach", "Deltagare")]
    [InlineData("admin", "Användare")]
    public async Task SignIn_EachRole_SeesItsStartPage(string userName, string heading)
    {
        var page = await OpenBrowserAsync(userName);

        // The indicators' heading names the area after the word ("Nyckeltal – Spånga-Tensta").
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new Regex($"^{Regex.Escape(heading)}"));
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsTheErrorSummary()
    {
        var page = await OpenBrowserAsync();
        await page.GotoAsync("/Account/Login");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("login.png");

        await SubmitLoginAsync(page, "chef", "fel lösenord här");

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Det finns ett problem");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Fel användarnamn eller lösenord.");
        await Assertions.Expect(page.GetByLabel("Användarnamn")).ToHaveValueAsync("chef");
    }

    [Fact]
    public async Task LanguageSwitch_ToEnglish_IsRemembered()
    {
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Sökande" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Applicants");
        await page.GotoAsync("/Applicants/Create");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Register applicant");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.GetByRole(AriaRole.Button, new() { Name = "Svenska" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Registrera sökande");
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var page = await OpenBrowserAsync("enhetschef.st");

        await page.GetByRole(AriaRole.Button, new() { Name = "Maria Ek" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await page.GotoAsync("/Applicants");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in i CaseWork");
    }
}
