using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class WorkPlanJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SocialWorker_WritesAgreesPrintsRevisesAndCompares_UnitHeadReads_OtherUnitGets404()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Amina", lastName: "Warsame", aidMonthsInLastYear: 4,
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await Assertions.Expect(page.GetByText("Ingen aktiv plan trots bistånd")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }).ClickAsync();

        var goal = page.GetByLabel("Den sökandes individuella mål");
        await goal.FillAsync("Bli självförsörjande");
        await Assertions.Expect(page.Locator("#goal-live")).ToContainTextAsync("Målet är generellt");
        await goal.FillAsync("Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik");
        await Assertions.Expect(page.Locator("#goal-live")).ToBeEmptyAsync();

        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D");
        await page.GetByLabel("Mätbart kriterium").First.FillAsync("Godkänt slutprov");
        await page.GetByLabel("Måldatum").First.FillAsync(AppTime.Now.Date.AddMonths(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        await page.GetByLabel("Aktivitet", new() { Exact = true }).First.FillAsync("Delta i sfi fyra dagar i veckan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Den sökandes individuella mål")).ToHaveValueAsync("Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik");
        await page.GetByLabel("Delmål 2", new() { Exact = true }).FillAsync("Fyra veckors praktik på förskola");
        await page.GetByLabel("Mätbart kriterium").Nth(1).FillAsync("Praktiken genomförd med omdöme");
        await page.GetByLabel("Måldatum").Nth(1).FillAsync(AppTime.Now.Date.AddMonths(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("Krav på den sökande (ett per rad)").FillAsync("Delta på Jobbtorg varje dag\nSöka sex arbeten i månaden");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("plan-editor.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera instämmande och aktivera" }).ClickAsync();
        await page.GetByLabel("Ja, instämmer").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera instämmande och aktivera" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planen är aktiv.");
        await page.ShouldBeAccessibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv ut" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Sökandens underskrift och datum")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.navbar")).ToHaveCountAsync(0);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Arbetsplan", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Amina Warsame")).ToBeVisibleAsync();
        await page.ScreenshotForGuideAsync("plan-print.png");
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await page.GetByRole(AriaRole.Link, new() { Name = "Tillbaka till planen" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Revidera" }).ClickAsync();
        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D och Sva grund");
        await page.GetByLabel("Status").First.SelectOptionAsync(new SelectOptionValue { Label = "Pågår" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara som ny version" }).ClickAsync();
        await Assertions.Expect(page.Locator("#error-summary")).ToContainTextAsync("Ange varför planen revideras.");
        await Assertions.Expect(page.GetByLabel("Delmål 1", new() { Exact = true })).ToHaveValueAsync("Klara sfi kurs D och Sva grund");
        await page.GetByLabel("Skäl till ändringen").FillAsync("Uppföljning: sfi går bra, Sva grund läggs till.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara som ny version" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Version 2 av planen är sparad.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Versioner" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Jämför" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Version 1 jämförd med version 2");
        await Assertions.Expect(page.Locator(".diff-list")).ToContainTextAsync("Ändrat delmål");
        await Assertions.Expect(page.Locator(".diff-list")).ToContainTextAsync("Klara sfi kurs D och Sva grund");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("plan-compare.png");

        var head = await OpenBrowserAsync("enhetschef.st");
        await head.GotoAsync($"/Applicants/{applicant.Id}");
        await head.StateReasonAsync();
        await head.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Plan \d{4}-\d{2}-\d{2} – \d{4}-\d{2}-\d{2}$") }).ClickAsync();
        await Assertions.Expect(head.Locator(".plan-goal")).ToHaveTextAsync("Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik");
        await Assertions.Expect(head.GetByText("Inga kvalitetsvarningar.").Or(head.GetByText("Ingen signerad grundutredning"))).ToBeVisibleAsync();

        var other = await OpenBrowserAsync("socialsekreterare.hl");
        var response = await other.GotoAsync(head.Url);
        response!.Status.ShouldBe(404);
    }
}
