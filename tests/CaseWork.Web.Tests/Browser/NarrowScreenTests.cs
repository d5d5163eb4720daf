using CaseWork.Web.Tests.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>At 375 px (a small phone) no page scrolls sideways as a whole: wide tables scroll inside their own box.</summary>
public class NarrowScreenTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("chef", "/Indicators")]
    [InlineData("chef", "/Indicators/Compare")]
    [InlineData("loggkontroll", "/AccessLog")]
    [InlineData("socialsekreterare.st", "/Applicants?mine=false")]
    [InlineData("socialsekreterare.st", "/Due")]
    public async Task At375Pixels_ThePageDoesNotScrollSideways(string userName, string path)
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [.. Enumerable.Range(0, 12)], worker: Org.UserIds["socialsekreterare.st"], name: ("Alexandra-Josefine", "Östergren-Lindqvist"));
        var page = await OpenBrowserAsync(userName);
        await page.SetViewportSizeAsync(375, 800);

        await page.GotoAsync(path);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();

        var widths = await page.EvaluateAsync<int[]>("() => [document.scrollingElement.scrollWidth, document.scrollingElement.clientWidth]");
        widths[0].ShouldBeLessThanOrEqualTo(widths[1], $"{path} is {widths[0]} px wide in a {widths[1]} px window");
    }
}
