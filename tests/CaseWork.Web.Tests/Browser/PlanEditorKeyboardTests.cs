using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// The plan editor by keyboard: Enter in a text field saves the plan and never removes a row, and a row just added
/// has the focus.
/// </summary>
public class PlanEditorKeyboardTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task EnterInAnyTextField_SavesThePlan_AndRemovesNothing()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 4, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }).ClickAsync();
        await page.GetByLabel("Den sökandes individuella mål").FillAsync("Arbete som undersköterska i Rinkeby inom två år");
        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).ClickAsync();
        await page.GetByLabel("Aktivitet", new() { Exact = true }).First.FillAsync("Delta i sfi fyra dagar i veckan");
        await page.ShouldBeAccessibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara utkast" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.");

        var textFields = page.Locator("form[data-draft-key] input[type=text]");
        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra utkastet" }).ClickAsync();
        var count = await textFields.CountAsync();
        count.ShouldBeGreaterThanOrEqualTo(4, "subgoal, criterion, activity and who else");
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                await page.GetByRole(AriaRole.Link, new() { Name = "Ändra utkastet" }).ClickAsync();
            }

            var field = textFields.Nth(i);
            var name = await field.GetAttributeAsync("name");
            await field.FillAsync((await field.InputValueAsync()) + " ");
            await field.PressAsync("Enter");

            await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Utkastet till arbetsplan är sparat.", new() { Timeout = 10_000 });
            await Assertions.Expect(page.GetByText("Delta i sfi fyra dagar i veckan")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Klara sfi kurs D")).ToBeVisibleAsync();
            name.ShouldNotBeNull();
        }
    }

    [Fact]
    public async Task AddingASubgoalOrAnActivity_PutsTheFocusInTheNewRow()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 4, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Skriv arbetsplan" }).ClickAsync();
        await page.GetByLabel("Delmål 1", new() { Exact = true }).FillAsync("Klara sfi kurs D");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till aktivitet" }).First.PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Aktivitet", new() { Exact = true }).First).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Delta i sfi");

        await page.GetByRole(AriaRole.Button, new() { Name = "Lägg till delmål" }).PressAsync("Enter");
        await Assertions.Expect(page.GetByLabel("Delmål 2", new() { Exact = true })).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByLabel("Aktivitet", new() { Exact = true }).First).ToHaveValueAsync("Delta i sfi");
        await page.ShouldBeAccessibleAsync();
    }
}
