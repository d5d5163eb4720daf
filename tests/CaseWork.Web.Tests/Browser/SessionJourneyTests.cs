using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>Sessions end when the user says so, in every browser that holds them.</summary>
public class SessionJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task EndingASessionAndSigningOut_EndTheSessionInTheOtherBrowsers()
    {
        // A user of their own, so that sessions from other tests do not show in the list.
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var office = await OpenBrowserAsync(userName);
        var home = await OpenBrowserAsync(userName);
        // A third browser holding a copy of the office's cookie, as someone who copied it would.
        var copy = await OpenBrowserAsync();
        await copy.Context.AddCookiesAsync((await office.Context.CookiesAsync()).Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, Secure = c.Secure, HttpOnly = c.HttpOnly, SameSite = c.SameSite,
        }));
        await copy.GotoAsync("/Applicants");
        await Assertions.Expect(copy.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sökande");

        await office.Locator("#user-menu").ClickAsync();
        await office.GetByRole(AriaRole.Link, new() { Name = "Dina sessioner" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dina sessioner");
        await Assertions.Expect(office.Locator("#sessions tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(office.GetByText("Den här sessionen")).ToBeVisibleAsync();
        await office.ShouldBeAccessibleAsync();
        await office.ScreenshotForGuideAsync("sessions.png");

        await office.GetByRole(AriaRole.Button, new() { Name = "Avsluta", Exact = true }).ClickAsync();
        await Assertions.Expect(office.GetByText("Sessionen har avslutats.")).ToBeVisibleAsync();
        await home.ReloadAsync();
        await Assertions.Expect(home).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));

        await office.Locator("#user-menu").ClickAsync();
        await office.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(office).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
        await copy.GotoAsync("/Applicants");
        await Assertions.Expect(copy).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Login"));
    }

    [Fact]
    public async Task AFewMinutesBeforeTheIdleEnd_ThePageWarns_AndKeepWorkingCarriesOn()
    {
        var page = await OpenBrowserAsync("enhetschef.st");
        await page.Clock.InstallAsync();
        await page.GotoAsync("/Applicants");
        var warning = page.Locator("#session-warning");
        await Assertions.Expect(warning).ToBeHiddenAsync();

        await page.Clock.FastForwardAsync((long)TimeSpan.FromMinutes(25).Add(TimeSpan.FromSeconds(6)).TotalMilliseconds);

        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(warning).ToContainTextAsync("Du loggas snart ut");
        await page.ShouldBeAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Fortsätt arbeta" }).ClickAsync();
        await Assertions.Expect(warning).ToBeHiddenAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Applicants$"));
    }
}
