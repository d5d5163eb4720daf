using CaseWork.Domain.Indicators;
using CaseWork.Web.Tests.Indicators;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class AccessLogJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task AManagerOpensAFileFromTheCasesBehindAFigure_StatesAReason_AndTheLogCheckerSeesItFlaggedWithTheReason()
    {
        await App.AddOnAidAsync(Org.SpangaTenstaUnit, [.. Enumerable.Range(0, 12)], worker: Org.UserIds["socialsekreterare.st"], name: ("Lina", "Ek"));
        var today = AppTime.Today;
        var manager = await OpenBrowserAsync("chef");
        await manager.GotoAsync($"/Indicators/Cases?measure={IndicatorMeasure.LongTermShareOfAdultRecipients}&period=Month-{today.Year}-{today.Month}");
        await manager.GetByRole(AriaRole.Link, new() { Name = "Ek, Lina" }).ClickAsync();

        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ange skäl");
        await manager.GetByRole(AriaRole.Button, new() { Name = "Öppna akten" }).ClickAsync();
        await Assertions.Expect(manager.Locator("#error-summary")).ToContainTextAsync("Välj ett skäl i listan.");
        await manager.ShouldBeAccessibleAsync();
        await manager.ScreenshotForGuideAsync("stated-reason.png");
        await manager.StateReasonAsync("Klagomål eller synpunkt", "Synpunkt från den sökande via kontaktcenter");
        await Assertions.Expect(manager.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lina Ek");

        var checker = await OpenBrowserAsync("loggkontroll");
        await checker.GetByRole(AriaRole.Link, new() { Name = "Loggkontroll" }).ClickAsync();
        var day = AppTime.Now.Date.ToString("yyyy-MM-dd");
        await checker.GetByLabel("Från och med").FillAsync(day);
        await checker.GetByLabel("Till och med").FillAsync(day);
        await checker.GetByLabel("Endast flaggade").CheckAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();

        var row = checker.Locator("#access-log tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Öppnade akten");
        await Assertions.Expect(row).ToContainTextAsync("Ek, Lina");
        await Assertions.Expect(row).ToContainTextAsync("Angivet skäl: Klagomål eller synpunkt – Synpunkt från den sökande via kontaktcenter");
        await Assertions.Expect(row.Locator(".access-alert")).ToHaveTextAsync("Angivet skäl");
        await checker.ShouldBeAccessibleAsync();
        await checker.ScreenshotForGuideAsync("access-log.png");

        await checker.GetByRole(AriaRole.Button, new() { Name = "Spara kontrollen" }).ClickAsync();
        await Assertions.Expect(checker.Locator("#error-summary")).ToContainTextAsync("Skriv vad kontrollen visade");
        await checker.GetByLabel("Vad kontrollen visade").FillAsync("Chefen läste akten efter en synpunkt från den sökande; i tjänsten.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Spara kontrollen" }).ClickAsync();

        await Assertions.Expect(checker.GetByRole(AriaRole.Status)).ToContainTextAsync("Loggkontrollen är sparad som gjord.");
        await Assertions.Expect(checker.Locator("#log-checks")).ToContainTextAsync("i tjänsten");
        await Assertions.Expect(checker.GetByLabel("Endast flaggade")).ToBeCheckedAsync();
    }
}
