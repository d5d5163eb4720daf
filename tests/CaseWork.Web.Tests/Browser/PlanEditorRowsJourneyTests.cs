using CaseWork.Web.Tests.Infrastructure;
using System.Globalization;
using CaseWork.Domain.WorkPlans;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// The plan editor's rows: where JavaScript runs, subgoals and activities are added and removed in the page (no round
/// trip), renumbered so that the save binds every row, the new row has the focus, and a reload's draft brings the rows
/// back; without JavaScript the same buttons post and the server redraws the form.
/// </summary>
public class PlanEditorRowsJourneyTests(AppFixture app) : AppTest(app)
{
    private static ILocator Activity(IPage page) => page.GetByLabel("Aktivitet", new() { Exact = true });

    [Fact]
    public async Task WithJavaScript_RowsAreAddedAndRemovedInThePage_AndADraftKeepsThemAcrossAReload()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 4, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }).ClickAsync();
        await page.GetByLabel("Den sökandes individuella mål").FillAsync("Arbete som undersköterska i Rinkeby inom två år");
        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D");
        var goal = page.GetByLabel("Den sökandes individuella mål");
        (await goal.GetAttributeAsync("maxlength")).ShouldBe(PlanContent.MaxTextLength.ToString(CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("#Input_Goal-counter")).ToHaveTextAsync($"47 av {PlanContent.MaxTextLength} tecken");
        (await page.Locator("#Input_Goal-counter").GetAttributeAsync("aria-live")).ShouldBe("polite");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        foreach (var text in new[] { "Delta i sfi", "Studiebesök på vårdcentral", "Praktik på äldreboende" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).PressAsync("Enter");
            await Assertions.Expect(Activity(page).Last).ToBeFocusedAsync();
            await page.Keyboard.TypeAsync(text);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort aktivitet 2 i delmål 1" }).ClickAsync();
        await Assertions.Expect(Activity(page)).ToHaveCountAsync(2);
        await Assertions.Expect(Activity(page).Nth(1)).ToBeFocusedAsync();
        (await Activity(page).Nth(1).GetAttributeAsync("name")).ShouldBe("Input.Subgoals[0].Activities[1].What", "renumbered: model binding stops at a gap");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Ta bort aktivitet 2 i delmål 1" })).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Ta körkort B");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).Nth(1).ClickAsync();
        await page.Keyboard.TypeAsync("Teorilektioner");
        (await page.EvaluateAsync<bool>("() => window.sameDocument === true")).ShouldBeTrue("no round trip to the server");
        await page.ShouldBeAccessibleAsync();

        // A reload (a crash, a closed tab) offers the draft, and restoring it brings back the rows it had.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Återställ texten" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToHaveValueAsync("Ta körkort B");
        await Assertions.Expect(Activity(page)).ToHaveCountAsync(3);
        await Assertions.Expect(Activity(page).Nth(0)).ToHaveValueAsync("Delta i sfi");
        await Assertions.Expect(Activity(page).Nth(1)).ToHaveValueAsync("Praktik på äldreboende");
        await Assertions.Expect(Activity(page).Nth(2)).ToHaveValueAsync("Teorilektioner");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("plan-editor-rows.png");

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.");
        await Assertions.Expect(page.GetByText("Praktik på äldreboende")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Teorilektioner")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ta körkort B")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Studiebesök på vårdcentral")).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task WithoutJavaScript_TheSameButtonsAddAndRemoveRowsThroughTheServer()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 4, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st", javaScript: false);
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }).ClickAsync();
        await page.GetByLabel("Den sökandes individuella mål").FillAsync("Arbete som undersköterska i Rinkeby inom två år");
        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        await Assertions.Expect(Activity(page)).ToBeFocusedAsync();
        await Activity(page).FillAsync("Delta i sfi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        await Activity(page).Nth(1).FillAsync("Studiebesök på vårdcentral");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToBeFocusedAsync();
        await page.GetByLabel("Delmål 2", new() { Exact = true }).FillAsync("Ta körkort B");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ta bort aktivitet 1 i delmål 1" }).ClickAsync();
        await Assertions.Expect(Activity(page)).ToHaveCountAsync(1);
        await Assertions.Expect(Activity(page)).ToHaveValueAsync("Studiebesök på vårdcentral");
        // No axe here: it runs as a script, which this browser does not run; the same form is checked with JavaScript above.

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.");
        await Assertions.Expect(page.GetByText("Studiebesök på vårdcentral")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ta körkort B")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Delta i sfi")).ToHaveCountAsync(0);
    }
}
