using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class AccessLogJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheLogChecker_FindsAColleaguesReadOfACaseOutsideTheirCaseload_AndRecordsTheCheck()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var colleague = await OpenBrowserAsync("handlaggare1.st");
        await colleague.GotoAsync($"/Applicants/{applicant.Id}");
        await Assertions.Expect(colleague.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Lina Ek");

        var checker = await OpenBrowserAsync("loggkontroll");
        await checker.GetByRole(AriaRole.Link, new() { Name = "Loggkontroll" }).ClickAsync();
        var today = AppTime.Now.Date.ToString("yyyy-MM-dd");
        await checker.GetByLabel("Från och med").FillAsync(today);
        await checker.GetByLabel("Till och med").FillAsync(today);
        await checker.GetByLabel("Endast flaggade").CheckAsync();
        await checker.GetByRole(AriaRole.Button, new() { Name = "Sök" }).ClickAsync();

        var row = checker.Locator("#access-log tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Öppnade akten");
        await Assertions.Expect(row).ToContainTextAsync("Ek, Lina");
        await Assertions.Expect(row).ToContainTextAsync("Utanför egen ärendebalans");
        await checker.ShouldBeAccessibleAsync();
        await checker.ScreenshotForGuideAsync("access-log.png");

        await checker.GetByRole(AriaRole.Button, new() { Name = "Spara kontrollen" }).ClickAsync();
        await Assertions.Expect(checker.Locator("#error-summary")).ToContainTextAsync("Skriv vad kontrollen visade");
        await checker.GetByLabel("Vad kontrollen visade").FillAsync("Handläggaren vikarierade för ärendets handläggare; i tjänsten.");
        await checker.GetByRole(AriaRole.Button, new() { Name = "Spara kontrollen" }).ClickAsync();

        await Assertions.Expect(checker.GetByRole(AriaRole.Status)).ToContainTextAsync("Loggkontrollen är sparad som gjord.");
        await Assertions.Expect(checker.Locator("#log-checks")).ToContainTextAsync("i tjänsten");
        await Assertions.Expect(checker.GetByLabel("Endast flaggade")).ToBeCheckedAsync();
    }
}
