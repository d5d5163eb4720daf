using CaseWork.Domain.Access;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>Unsaved text kept in the browser belongs to the worker who typed it, ends with their sign-out and lasts a day.</summary>
public class DraftJourneyTests(AppFixture app) : AppTest(app)
{
    private const string AllStoredText = "() => Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join('\\n')";

    [Fact]
    public async Task UnsavedNote_AfterSignOut_IsNotOfferedToTheNextWorker_AndIsGoneFromTheBrowser()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Yusuf", lastName: "Abdi",
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var colleague = await App.CreateUserAsync(Roles.SocialWorker);
        const string secret = "Yusuf berättade om sin skuldsanering, ej sparat";
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}/Journal/Write");
        await page.GetByLabel("Anteckning", new() { Exact = true }).FillAsync(secret);
        (await page.EvaluateAsync<string>(AllStoredText)).ShouldContain(secret);

        await page.Locator("#user-menu").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Logga ut" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logga in i CaseWork");
        (await page.EvaluateAsync<string>(AllStoredText)).ShouldNotContain(secret);

        await SubmitLoginAsync(page, colleague, AppFixture.Password);
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await page.GotoAsync($"/Applicants/{applicant.Id}/Journal/Write");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Yusuf Abdi");
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByLabel("Anteckning", new() { Exact = true })).ToHaveValueAsync(string.Empty);
        (await page.EvaluateAsync<string>(AllStoredText)).ShouldNotContain(secret);
    }

    [Fact]
    public async Task UnsavedNote_IsOfferedBackTheSameDay_ButNotAfterADay()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        var form = $"/Applicants/{applicant.Id}/Journal/Write";
        await page.GotoAsync(form);
        await page.GetByLabel("Anteckning", new() { Exact = true }).FillAsync("Anna ringde om sitt läkarintyg");

        await page.GotoAsync(form);
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeVisibleAsync();

        // The stored draft as if typed 25 hours ago.
        await page.EvaluateAsync(
            """
            () => Object.keys(localStorage).filter(k => k.startsWith('casework-draft:')).forEach(k => {
                const draft = JSON.parse(localStorage.getItem(k));
                draft.savedAt = Date.now() - 25 * 3600 * 1000;
                localStorage.setItem(k, JSON.stringify(draft));
            })
            """);
        await page.GotoAsync(form);

        await Assertions.Expect(page.Locator("#draft-restore")).ToBeHiddenAsync();
        (await page.EvaluateAsync<string>(AllStoredText)).ShouldNotContain("läkarintyg");
    }
}
