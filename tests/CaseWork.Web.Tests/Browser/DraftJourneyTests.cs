using CaseWork.Domain.Access;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// Unsaved text kept in the browser belongs to the worker who typed it, ends with their sign-out and lasts a day; every
/// free-text form keeps it (Architecture/DraftCoverageTests) and asks before the page is left with changes unsaved.
/// </summary>
public class DraftJourneyTests(AppFixture app) : AppTest(app)
{
    private const string AllStoredText = "() => Object.keys(localStorage).map(k => k + '=' + localStorage.getItem(k)).join('\\n')";

    /// <summary>Whether leaving the page now would ask first (the page cancels its beforeunload).</summary>
    private const string LeavingAsks = "() => { const e = new Event('beforeunload', { cancelable: true }); window.dispatchEvent(e); return e.defaultPrevented; }";

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

    [Fact]
    public async Task TalkText_SurvivesAReload_LeavingAsksFirst_AndSavingEndsTheDraft()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Leila", lastName: "Karimi", aidMonthsInLastYear: 5,
            assignedWorker: Org.UserIds["socialsekreterare.st"]);
        await App.AddActivePlanAsync(applicant);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Registrera samtal" }).ClickAsync();
        (await page.EvaluateAsync<bool>(LeavingAsks)).ShouldBeFalse("nothing typed yet");

        await page.GetByLabel("Vad som kom fram").FillAsync("Leila har fått truckkort och vill söka lagerjobb");
        await page.GetByLabel("Bedömning").FillAsync("Redo för praktik på lagret");
        await page.GetByLabel("Planen ska revideras").CheckAsync();
        (await page.EvaluateAsync<bool>(LeavingAsks)).ShouldBeTrue("typed text is not saved");

        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Vad som kom fram")).ToHaveValueAsync(string.Empty);
        await Assertions.Expect(page.Locator("#draft-restore")).ToBeVisibleAsync();
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("draft-restore.png");
        await page.GetByRole(AriaRole.Button, new() { Name = "Återställ texten" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Vad som kom fram")).ToHaveValueAsync("Leila har fått truckkort och vill söka lagerjobb");
        await Assertions.Expect(page.GetByLabel("Bedömning")).ToHaveValueAsync("Redo för praktik på lagret");
        await Assertions.Expect(page.GetByLabel("Planen ska revideras")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#draft-restore")).ToHaveCountAsync(0);

        await page.GetByRole(AriaRole.Button, new() { Name = "Spara samtalet" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Planens nästa uppföljning är nu");
        (await page.EvaluateAsync<string>(AllStoredText)).ShouldNotContain("truckkort");
        await page.GotoAsync($"/Applicants/{applicant.Id}/FollowUps/Talk");
        await Assertions.Expect(page.Locator("#draft-restore")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ReferralReason_SurvivesAReload()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, aidMonthsInLastYear: 5, assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}/Referrals/Create");
        await page.GetByLabel("Skäl till remissen").FillAsync("Behöver stöd att hitta praktik inom vården");
        await page.ReloadAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Återställ texten" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Skäl till remissen")).ToHaveValueAsync("Behöver stöd att hitta praktik inom vården");
        await page.ShouldBeAccessibleAsync();
    }
}
