using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>The accessibility statement, reachable from every page's footer, and the help page that serves the user guide.</summary>
public class AccessibilityStatementAndHelpJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Statement_IsLinkedFromTheFooter_SignedInAndOut_AndHasNoViolationsInBothLanguages()
    {
        var signedOut = await OpenBrowserAsync();
        await signedOut.GotoAsync("/Account/Login");
        await signedOut.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Tillgänglighetsredogörelse" }).ClickAsync();
        await Assertions.Expect(signedOut).ToHaveURLAsync(new Regex("/Accessibility$"));
        await Assertions.Expect(signedOut.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tillgänglighetsredogörelse för CaseWork");
        await Assertions.Expect(signedOut.GetByText("delvis förenlig", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(signedOut.GetByRole(AriaRole.Link, new() { Name = "anmäla bristande tillgänglighet till DIGG" }))
            .ToHaveAttributeAsync("href", "https://www.digg.se/tdosanmalan");
        await signedOut.ScreenshotForGuideAsync("accessibility-statement.png", fullPage: false);
        await Assertions.Expect(signedOut.GetByRole(AriaRole.Link, new() { Name = "casework-tillganglighet@example.se" }).First).ToBeVisibleAsync();
        await signedOut.ShouldBeAccessibleAsync();

        await signedOut.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(signedOut.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Accessibility statement for CaseWork");
        await Assertions.Expect(signedOut.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Accessibility statement" })).ToBeVisibleAsync();
        await signedOut.ShouldBeAccessibleAsync();

        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var signedIn = await OpenBrowserAsync("socialsekreterare.st");
        foreach (var path in new[] { "/", "/Applicants", $"/Applicants/{applicant.Id}", "/Due", "/Account/ChangePassword" })
        {
            await signedIn.GotoAsync(path);
            await Assertions.Expect(signedIn.Locator("footer").GetByRole(AriaRole.Link, new() { Name = "Tillgänglighetsredogörelse" }))
                .ToHaveAttributeAsync("href", "/Accessibility");
        }
    }

    [Fact]
    public async Task HelpPage_ListsTheGuidesSections_ShowsItsImages_AndHasNoViolations()
    {
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sara Lindqvist" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Hjälp" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Help$"));

        var contents = page.GetByRole(AriaRole.Navigation, new() { Name = "Innehåll i användarhandledningen" });
        foreach (var section in GuideSections())
        {
            await Assertions.Expect(contents.GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).First).ToBeVisibleAsync();
        }

        await contents.GetByRole(AriaRole.Link, new() { Name = "Månadsuppföljning", Exact = true }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Help#manadsuppfoljning$"));
        await Assertions.Expect(page.Locator("#manadsuppfoljning")).ToHaveTextAsync("Månadsuppföljning");
        await page.GotoAsync("/Help");
        await page.ScreenshotForGuideAsync("help.png", fullPage: false);

        var image = await page.Locator("article img").First.GetAttributeAsync("src");
        image.ShouldNotBeNull();
        image.ShouldStartWith("/Help/images/");
        (await page.APIRequest.GetAsync(image)).Status.ShouldBe(200);
        (await page.Locator("article img").EvaluateAllAsync<int>("images => images.filter(i => !i.complete || i.naturalWidth === 0).length")).ShouldBe(0);
        (await page.Locator("article [style], article script").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Help: the user guide");
        await page.ShouldBeAccessibleAsync();
    }

    private static IEnumerable<string> GuideSections() => Help.HelpPageTests.GuideSections();
}
