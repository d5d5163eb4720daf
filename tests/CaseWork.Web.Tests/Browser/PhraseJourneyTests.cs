using CaseWork.Domain.Phrases;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>The phrase bank as a worker meets it: the list, and a phrase inserted by keyboard into a decision motivation.</summary>
public class PhraseJourneyTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task AWorker_InsertsAUnitPhraseByKeyboardIntoTheDecisionMotivation_AtTheCursor()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Åsa", "Lindqvist", assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var head = new PhraseKeeper(Org.UserIds["enhetschef.st"], Org.SpangaTenstaUnit, IsUnitHead: true);
        var absent = Phrase.ForUnit(head, "Utebliven närvaro", "{namn} har inte deltagit enligt planen under {månad}.", PhraseUse.DecisionMotivation, AppTime.UtcNow);
        await using (var db = App.NewDbContext())
        {
            db.Phrases.Add(absent);
            db.Phrases.Add(Phrase.ForUnit(head, "Sjukskriven", "{namn} har varit sjukskriven.", PhraseUse.DecisionMotivation, AppTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync("/Phrases");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Fraser");
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("phrases-list.png");

        await page.GotoAsync($"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck?month=2026-11");
        var motivation = page.GetByLabel("Beslutsmotivering", new() { Exact = true });
        await motivation.FocusAsync();
        await page.Keyboard.TypeAsync("Beslut: ");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Infoga fras" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.TypeAsync("närvaro");
        await Assertions.Expect(page.GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await page.ShouldBeAccessibleAsync();
        await page.ScreenshotForGuideAsync("phrases-picker.png");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(motivation).ToBeFocusedAsync();
        await Assertions.Expect(motivation).ToHaveValueAsync("Beslut: Åsa Lindqvist har inte deltagit enligt planen under november 2026.");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox)).ToBeHiddenAsync();
        for (var i = 0; i < 50 && await UsageAsync(absent.Id) == 0; i++)
        {
            await Task.Delay(100);
        }

        (await UsageAsync(absent.Id)).ShouldBe(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Infoga fras" }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(motivation).ToBeFocusedAsync();
    }

    [Fact]
    public async Task AWorker_InsertsAJournalPhraseByKeyboardIntoANote_FilledFromTheCase()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Åsa", "Lindqvist", assignedWorker: Org.UserIds["socialsekreterare.st"]);
        await App.AddReferralAsync(applicant, CaseWork.Domain.Referrals.ReferralProgram.Jobbtorg);
        var head = new PhraseKeeper(Org.UserIds["enhetschef.st"], Org.SpangaTenstaUnit, IsUnitHead: true);
        await using (var db = App.NewDbContext())
        {
            db.Phrases.Add(Phrase.ForUnit(head, "Telefonkontakt", "Telefonkontakt med {namn} om {program}.", PhraseUse.JournalNote, AppTime.UtcNow));
            db.Phrases.Add(Phrase.ForUnit(head, "Utebliven närvaro", "Motivering.", PhraseUse.DecisionMotivation, AppTime.UtcNow));
            await db.SaveChangesAsync();
        }

        var page = await OpenBrowserAsync("socialsekreterare.st");
        await page.GotoAsync($"/Applicants/{applicant.Id}/Journal/Write");
        var text = page.GetByLabel("Anteckning", new() { Exact = true });
        await text.FocusAsync();
        await page.Keyboard.TypeAsync("Idag: ");
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Infoga fras" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Listbox).GetByRole(AriaRole.Option)).ToHaveCountAsync(1);
        await page.ShouldBeAccessibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(text).ToBeFocusedAsync();
        await Assertions.Expect(text).ToHaveValueAsync("Idag: Telefonkontakt med Åsa Lindqvist om Jobbtorg Stockholm.");
        await page.ShouldBeAccessibleAsync();
    }

    private async Task<int> UsageAsync(Guid phraseId)
    {
        await using var db = App.NewDbContext();
        return await db.Phrases.IgnoreQueryFilters().Where(p => p.Id == phraseId).Select(p => p.UsageCount).SingleAsync();
    }
}
