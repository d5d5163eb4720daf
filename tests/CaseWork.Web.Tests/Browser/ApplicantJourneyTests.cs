using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public partial class ApplicantJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task SocialWorker_RegistersWithAWrongCheckDigit_CorrectsIt_FindsAndEditsTheApplicant()
    {
        for (var i = 0; i < 6; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: $"Exempel{i}", lastName: "Andersson", aidMonthsInLastYear: i * 2);
        }

        var pin = TestPins.Next();
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Sökande" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera sökande" }).ClickAsync();
        await page.ShouldBeAccessibleAsync();

        await page.GetByLabel("Personnummer").FillAsync(TestPins.WithWrongCheckDigit(pin));
        await page.GetByLabel("Förnamn").FillAsync("Fatima");
        await page.GetByLabel("Efternamn").FillAsync("Yilmaz");
        await page.GetByLabel("Gatuadress").FillAsync("Hjulstavägen 3");
        await page.GetByLabel("Postnummer").FillAsync("163 66");
        await page.GetByLabel("Ort").FillAsync("Hjulsta");
        await page.GetByLabel("Antal barn").FillAsync("3");
        await page.GetByLabel("Försörjningshinder").SelectOptionAsync(new SelectOptionValue { Label = "Studier i sfi" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();

        var summary = page.Locator("#error-summary");
        await Assertions.Expect(summary).ToContainTextAsync("Det finns ett problem");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#Input_PersonalIdentityNumber-error")).ToContainTextAsync("kontrollsiffran");
        await Assertions.Expect(page.GetByLabel("Förnamn")).ToHaveValueAsync("Fatima");
        await Assertions.Expect(page.GetByLabel("Antal barn")).ToHaveValueAsync("3");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("register-errors.png");

        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(page.GetByLabel("Personnummer")).ToBeFocusedAsync();
        await page.GetByLabel("Personnummer").FillAsync(pin);
        await page.GetByRole(AriaRole.Button, new() { Name = "Registrera", Exact = true }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Fatima Yilmaz är registrerad som sökande.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fatima Yilmaz");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Huvudmeny" }).GetByRole(AriaRole.Link, new() { Name = "Sökande" }).ClickAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("applicant-list.png");
        await page.GetByLabel("Sök på namn eller personnummer").FillAsync(pin.Replace("-", string.Empty, StringComparison.Ordinal)[2..]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sök", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row)).ToHaveCountAsync(2);
        await page.GetByRole(AriaRole.Link, new() { Name = "Yilmaz, Fatima" }).ClickAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Ändra", Exact = true }).ClickAsync();
        await page.GetByLabel("Telefon").FillAsync("070-555 44 33");
        await page.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Ändringarna är sparade.");
        await Assertions.Expect(page.GetByText("070-555 44 33")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("applicant-details.png");
    }

    [Fact]
    public async Task TwoColleagues_EditTheSameApplicant_TheSecondSeesTheConflictAndKeepsTheirInput()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Omar", lastName: "Hassan");
        var first = await OpenBrowserAsync("socialsekreterare.st");
        var second = await OpenBrowserAsync("enhetschef.st");
        await first.GotoAsync($"/Applicants/{applicant.Id}/Edit");
        await second.GotoAsync($"/Applicants/{applicant.Id}/Edit");
        await second.StateReasonAsync("Ersätter handläggare", "Sara är sjuk");

        await first.GetByLabel("Telefon").FillAsync("08-100 100");
        await first.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();
        await Assertions.Expect(first.GetByRole(AriaRole.Status)).ToContainTextAsync("Ändringarna är sparade.");

        await second.GetByLabel("Telefon").FillAsync("08-200 200");
        await second.GetByLabel("Antal barn").FillAsync("4");
        await second.GetByRole(AriaRole.Button, new() { Name = "Spara" }).ClickAsync();

        await Assertions.Expect(second.Locator("#error-summary")).ToContainTextAsync("Sara Lindqvist sparade den här sökande medan du redigerade");
        await Assertions.Expect(second.GetByLabel("Telefon")).ToHaveValueAsync("08-200 200");
        await Assertions.Expect(second.GetByLabel("Antal barn")).ToHaveValueAsync("4");
        await Assertions.Expect(second.GetByText("Kollegan sparade: 08-100 100")).ToBeVisibleAsync();
        await second.ShouldBeAccessibleAsync();
        await second.ScreenshotForGuideAsync("edit-conflict.png");

        await second.GetByRole(AriaRole.Button, new() { Name = "Spara min version" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Status)).ToContainTextAsync("Ändringarna är sparade.");
        await Assertions.Expect(second.GetByText("08-200 200")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task SocialWorkerInHagersten_CannotOpenASpangaTenstaApplicant()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Hemlig", lastName: "Tenstabo");
        var page = await OpenBrowserAsync("socialsekreterare.hl");

        var response = await page.GotoAsync($"/Applicants/{applicant.Id}");

        response!.Status.ShouldBe(404);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Sidan finns inte");
        await Assertions.Expect(page.GetByText("Tenstabo")).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("not-found.png");
    }

    [Fact]
    public async Task Manager_ReadsTheApplicant_ButCannotEdit()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Läs", lastName: "Bara", aidMonthsInLastYear: 12);
        var page = await OpenBrowserAsync("chef");

        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.StateReasonAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Läs Bara");
        await Assertions.Expect(page.GetByText("Långvarig", new() { Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Ändra", Exact = true })).ToHaveCountAsync(0);
        await page.ShouldBeAccessibleAsync();

        var response = await page.GotoAsync($"/Applicants/{applicant.Id}/Edit");
        response!.Status.ShouldBe(403);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Ingen behörighet");
    }
}
