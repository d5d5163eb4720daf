using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class TwoFactorJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SocialWorker_SetsUpAnAuthenticator_SignsOut_AndSignsInWithTheAppsCode()
    {
        var userName = await App.CreateUserAsync(Roles.SocialWorker);
        var page = await OpenBrowserAsync(userName);

        await page.Locator("#user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tvåstegsverifiering" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tvåstegsverifiering");
        await Assertions.Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-kod för autentiseringsappen" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("two-factor-setup.png");

        await page.GetByLabel("Kod från appen").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå på tvåstegsverifiering" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Koden stämmer inte");

        await page.GetByLabel("Kod från appen").FillAsync(await Authenticator.CurrentCodeOfAsync(userName));
        await page.GetByRole(AriaRole.Button, new() { Name = "Slå på tvåstegsverifiering" }).ClickAsync();
        await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync("Tvåstegsverifiering är påslagen.");
        await Assertions.Expect(page.Locator(".recovery-code")).ToHaveCountAsync(10);

        await page.Locator("#user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await SubmitLoginAsync(page, userName, AppFixture.Password);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tvåstegsverifiering");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("two-factor-sign-in.png");
        await SubmitAuthenticatorCodeAsync(page, userName);

        // A social worker lands on their due list.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Att göra");
    }
}
