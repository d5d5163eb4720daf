using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class JournalAndFollowUpsJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task MonthlyCheck_ARefusalWithoutAttendanceReport_WarnsAndSavesOnlyWhenConfirmed_AndTheJournalShowsIt()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Yusuf", lastName: "Abdi", aidMonthsInLastYear: 3,
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv journalanteckning" }).ClickAsync();
        await page.GetByLabel("Typ av anteckning").SelectOptionAsync(new SelectOptionValue { Label = "Telefonsamtal" });
        await page.GetByLabel("Anteckning", new() { Exact = true }).FillAsync("Yusuf ringde: sjuk två dagar, intyg kommer.");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("journal-write.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara och signera" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Anteckningen är signerad.");
        await page.ShouldBeAccessibleAsync();

        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Månadsuppföljning", Exact = true }).ClickAsync();
        await page.GetByLabel("Delvis").CheckAsync();
        await page.GetByLabel("Närvarodagar").FillAsync("6");
        await page.GetByLabel("Antal sökta arbeten").FillAsync("2");
        await page.GetByLabel("Avslag").CheckAsync();
        await page.GetByLabel("Beslutsmotivering").FillAsync("Har inte deltagit på Jobbtorg enligt planen utan giltigt skäl.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara månadsuppföljningen" }).ClickAsync();

        var warning = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Ingen närvarorapport från Jobbtorg" });
        await Assertions.Expect(warning).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Beslutsmotivering")).ToHaveValueAsync("Har inte deltagit på Jobbtorg enligt planen utan giltigt skäl.");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("monthly-check-warning.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara ändå" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Månadsuppföljningen för");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Applicants/{applicant.Id}$")); // back where the check was opened
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync($"/Applicants/{applicant.Id}/FollowUps");
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Delvis (6)" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Yusuf Abdi" }).ClickAsync();
        var journal = page.Locator("ol.journal");
        await Assertions.Expect(journal).ToContainTextAsync("Beslut för månaden: Avslag. Har inte deltagit på Jobbtorg enligt planen utan giltigt skäl.");
        await Assertions.Expect(journal).ToContainTextAsync("Yusuf ringde: sjuk två dagar, intyg kommer.");
        await page.GetByLabel("Typ av anteckning").SelectOptionAsync(new SelectOptionValue { Label = "Telefonsamtal" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Visa" }).ClickAsync();
        await Assertions.Expect(journal).Not.ToContainTextAsync("Beslut för månaden");
        await Assertions.Expect(journal).ToContainTextAsync("Yusuf ringde");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#journal-heading").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotForGuideAsync("case-journal.png");
    }

    [Fact]
    public async Task ThreePartyTalk_LeadsToAPlanRevisionInOneClick_AndTheHistoryShowsTheTalkAsCause()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Leila", lastName: "Karimi", aidMonthsInLastYear: 5,
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        await App.AddActivePlanAsync(applicant);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera samtal" }).ClickAsync();
        await page.GetByLabel("Vad som kom fram").FillAsync("Truckkortet är klart. Praktiken på lagret i Jakobsberg har gått bra.");
        await page.GetByLabel("Bedömning").FillAsync("Redo att söka fast anställning som truckförare.");
        await page.GetByLabel("Planen ska revideras").CheckAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("talk-record.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara samtalet" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planens nästa uppföljning är nu");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("talk-details.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Revidera planen efter samtalet" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Revidera arbetsplanen");
        await page.GetByLabel("Skäl till ändringen").FillAsync("Efter trepartssamtalet: nästa steg är fast anställning.");
        // Who took part starts from the talk; the coach had left before the plan was changed.
        var participants = page.GetByRole(AriaRole.Group, new() { Name = "Deltagare vid revideringen" });
        await Assertions.Expect(participants.GetByLabel("Den sökande", new() { Exact = true })).ToBeCheckedAsync();
        await Assertions.Expect(participants.GetByLabel("Coachen på Jobbtorg", new() { Exact = true })).ToBeCheckedAsync();
        await participants.GetByLabel("Coachen på Jobbtorg", new() { Exact = true }).UncheckAsync();
        await page.ShouldBeAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara som ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 av planen är sparad.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versioner" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Orsak: Trepartssamtal" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Deltagare: den sökande, socialsekreteraren" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("plan-history-cause.png");
        await page.GetByRole(AriaRole.Link, new() { Name = "Orsak: Trepartssamtal" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Planen reviderades efter samtalet:")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Uppföljningar" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Cell, new() { Name = "Trepartssamtal · planen ska revideras" })).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("follow-ups.png");
    }
}
