using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>The focus indicator: a solid outline of at least 3:1 against the surface around it (WCAG 2.4.7, 2.4.11).</summary>
public class FocusIndicatorTests(AppFixture app) : AppTest(app)
{
    /// <summary>The element's outline and the first opaque background behind it, as the browser computes them.</summary>
    private const string ReadFocus = """
        element => {
            const style = getComputedStyle(element);
            let surface = element.parentElement;
            let background = 'rgba(0, 0, 0, 0)';
            while (surface) {
                const colour = getComputedStyle(surface).backgroundColor;
                if (colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) { background = colour; break; }
                surface = surface.parentElement;
            }
            return [document.activeElement === element ? 'focused' : 'not focused', style.outlineStyle, style.outlineWidth, style.outlineColor, background === 'rgba(0, 0, 0, 0)' ? 'rgb(255, 255, 255)' : background];
        }
        """;

    [Fact]
    public async Task MenuLinksButtonsAndFormField_ShowAnOutlineOfAtLeast3To1AgainstTheirBackground()
    {
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync("/Applicants");

        await ShouldShowAStrongOutlineAsync(page, page.Locator("#main-nav").GetByRole(AriaRole.Link, new() { Name = "Sökande" }), "the menu link");
        await ShouldShowAStrongOutlineAsync(page, page.Locator("#main-nav").GetByRole(AriaRole.Button, new() { Name = "English" }), "the menu's language button");
        await ShouldShowAStrongOutlineAsync(page, page.Locator("#user-menu"), "the menu's user button");
        await ShouldShowAStrongOutlineAsync(page, page.Locator("#q"), "the search field");
        await ShouldShowAStrongOutlineAsync(page, page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }), "the search button");
        await ShouldShowAStrongOutlineAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Registrera sökande" }), "the primary button");
    }

    private static async Task ShouldShowAStrongOutlineAsync(IPage page, ILocator element, string what)
    {
        await page.Keyboard.PressAsync("Shift");
        await element.FocusAsync();
        var focus = await element.EvaluateAsync<string[]>(ReadFocus);
        focus[0].ShouldBe("focused", what);
        focus[1].ShouldBe("solid", what);
        double.Parse(focus[2].Replace("px", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeGreaterThanOrEqualTo(2, $"{what}: outline width {focus[2]}");
        ContrastRatio.Between(focus[3], focus[4]).ShouldBeGreaterThanOrEqualTo(3, $"{what}: outline {focus[3]} on {focus[4]}");
    }
}
