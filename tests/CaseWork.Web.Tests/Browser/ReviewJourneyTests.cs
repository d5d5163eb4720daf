using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

public class ReviewJourneyTests(AppFixture app) : AppTest(app)
{
    private const string Action = "Revidera målet så att det blir individuellt, med delmål och datum.";

    /// <summary>
    /// In Hägersten-Liljeholmen, whose social workers are only the seeded ones (other tests add users to Spånga-Tensta),
    /// so that the screenshots for the user guide show a unit as it would be.
    /// </summary>
    [Fact]
    public async Task TheUnitHeadReviewsACaseload_AndTheActionLandsInTheWorkersDueList_WhereItIsMarkedDone()
    {
        var headName = await App.OtherUnitHeadAsync();
        var worker = Org.UserIds["socialsekreterare.hl"];
        var yusuf = await App.AddApplicantAsync(Org.HagerstenUnit, "Yusuf", "Abdi", assignedWorker: worker, aidMonthsInLastYear: 11);
        await App.AddActivePlanAsync(yusuf);
        await App.AddReferralAsync(yusuf, sentDaysAgo: 20, firstVisitDaysAgo: 14, jobCentre: CaseWork.Infrastructure.Seeding.DemoOrganisation.JobbtorgSkarholmen);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Amina", "Lund", assignedWorker: worker, aidMonthsInLastYear: 3);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Nora", "Svensson", assignedWorker: worker, aidMonthsInLastYear: 2);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Kalle", "Berg", assignedWorker: Org.UserIds["handlaggare1.hl"], aidMonthsInLastYear: 4);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Lina", "Ek", assignedWorker: Org.UserIds["handlaggare2.hl"], aidMonthsInLastYear: 6);
        var (longAgo, _) = await App.OpenReviewAsync("handlaggare1.hl", daysAgo: 213, head: headName);
        await App.CompleteReviewAsync(longAgo);
        var (recently, _) = await App.OpenReviewAsync("handlaggare2.hl", daysAgo: 62, head: headName);
        await App.CompleteReviewAsync(recently);

        var head = await OpenBrowserAsync(headName);
        await head.GetByRole(AriaRole.Link, new() { Name = "Ärendegenomgång", Exact = true }).ClickAsync();
        var workers = head.GetByRole(AriaRole.Table, new() { Name = "Handläggare och deras senaste genomgång" });
        var johan = workers.GetByRole(AriaRole.Row).Filter(new() { HasText = "Johan Berg" });
        await Assertions.Expect(johan).ToContainTextAsync("Ingen genomgång på sex månader");
        await Assertions.Expect(workers.GetByRole(AriaRole.Row).Filter(new() { HasText = await App.DisplayNameAsync("handlaggare2.hl") }))
            .Not.ToContainTextAsync("Ingen genomgång på sex månader");
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("reviews-overview.png");

        await johan.GetByRole(AriaRole.Button, new() { Name = "Starta genomgång" }).ClickAsync();
        var start = head.GetByRole(AriaRole.Region, new() { Name = "Starta en genomgång av 3 ärenden?" });
        await Assertions.Expect(start).ToContainTextAsync("alla ärenden som Johan Berg har i");
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-start-confirm.png");
        await start.GetByRole(AriaRole.Button, new() { Name = "Starta genomgången" }).ClickAsync();
        await Assertions.Expect(head.Locator("#Confirm_Confirmed-error")).ToContainTextAsync("Bekräfta att du vill starta genomgången av Johan Bergs ärenden.");
        await Assertions.Expect(head.Locator("#error-summary")).ToContainTextAsync("Bekräfta att du vill starta genomgången av Johan Bergs ärenden.");
        await head.ShouldBeAccessibleAsync();
        await head.GetByLabel("Ja, starta genomgången av 3 ärenden").CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Starta genomgången" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Genomgången av Johan Bergs ärenden är öppnad: 3 ärenden.");
        var yusufRow = head.GetByRole(AriaRole.Row).Filter(new() { HasText = "Yusuf Abdi" });
        await Assertions.Expect(yusufRow).ToContainTextAsync("Långvarig");
        await Assertions.Expect(yusufRow).ToContainTextAsync("Jobbplan försenad");
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-caseload.png");

        await yusufRow.GetByRole(AriaRole.Link, new() { Name = "Granska ärendet" }).ClickAsync();
        await head.GetByLabel("Behöver åtgärd").CheckAsync();
        await head.GetByLabel("Kommentar").FillAsync("Målet är allmänt och jobbplanen är försenad.");
        await head.GetByLabel("Vad ska göras (1)").FillAsync(Action);
        await Assertions.Expect(head.GetByLabel("Ansvarig (1)")).ToHaveValueAsync(worker);
        await head.GetByLabel("Klart senast (1)").FillAsync(FollowUpArrangements.Iso(FollowUpArrangements.Today.AddDays(14)));
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-case.png");
        await head.GetByRole(AriaRole.Button, new() { Name = "Spara och gå till nästa ärende utan beslut" }).ClickAsync();

        await Assertions.Expect(head.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Amina Lund");
        await head.GetByLabel("Inga åtgärder", new() { Exact = true }).CheckAsync();
        await head.GetByRole(AriaRole.Button, new() { Name = "Spara", Exact = true }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Beslutet för Amina Lund är sparat.");

        await head.GetByRole(AriaRole.Button, new() { Name = "Markera återstående ärenden Inga åtgärder" }).ClickAsync();
        var mark = head.GetByRole(AriaRole.Region, new() { Name = "Markera 1 ärenden Inga åtgärder?" });
        await Assertions.Expect(mark.GetByRole(AriaRole.Listitem)).ToHaveTextAsync(["Nora Svensson"]);
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-mark-remaining.png");
        await mark.GetByLabel("Ja, markera 1 ärenden Inga åtgärder").CheckAsync();
        await mark.GetByRole(AriaRole.Button, new() { Name = "Markera ärendena Inga åtgärder" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("1 ärenden är markerade Inga åtgärder.");
        await Assertions.Expect(head.GetByRole(AriaRole.Row).Filter(new() { HasText = "Nora Svensson" })).ToContainTextAsync("Inga åtgärder");
        await head.ShouldBeAccessibleAsync();

        await head.GetByRole(AriaRole.Button, new() { Name = "Slutför och signera genomgången" }).ClickAsync();
        var sign = head.GetByRole(AriaRole.Region, new() { Name = "Signera genomgången av 3 ärenden?" });
        await Assertions.Expect(sign).ToContainTextAsync("Inget ärende saknar beslut");
        await Assertions.Expect(sign).ToContainTextAsync("går inte att ångra");
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-sign-confirm.png");
        await sign.GetByRole(AriaRole.Button, new() { Name = "Signera genomgången" }).ClickAsync();
        await Assertions.Expect(head.Locator("#Confirm_Confirmed-error")).ToContainTextAsync("Bekräfta att du vill signera genomgången av Johan Bergs ärenden.");
        await head.ShouldBeAccessibleAsync();
        await sign.GetByLabel("Ja, signera genomgången. Jag vet att det inte går att ångra.").CheckAsync();
        await sign.GetByRole(AriaRole.Button, new() { Name = "Signera genomgången" }).ClickAsync();
        await Assertions.Expect(head.GetByRole(AriaRole.Status)).ToContainTextAsync("Genomgången är slutförd och signerad.");
        await Assertions.Expect(head.Locator("#review-status")).ToContainTextAsync("av Karin Holm");
        await Assertions.Expect(head.GetByRole(AriaRole.Link, new() { Name = "Granska ärendet" })).ToHaveCountAsync(0);
        await head.ShouldBeAccessibleAsync();
        await head.ScreenshotForGuideAsync("review-signed.png");

        var social = await OpenBrowserAsync("socialsekreterare.hl");
        await social.GetByRole(AriaRole.Link, new() { Name = "Att göra", Exact = true }).ClickAsync();
        var due = social.GetByRole(AriaRole.Row).Filter(new() { HasText = Action });
        await Assertions.Expect(due).ToContainTextAsync("Yusuf Abdi");
        await social.ShouldBeAccessibleAsync();
        await social.ScreenshotForGuideAsync("review-action-due.png");
        await due.GetByRole(AriaRole.Button, new() { Name = "Klar" }).ClickAsync();
        await Assertions.Expect(social.GetByRole(AriaRole.Status)).ToContainTextAsync("Åtgärden är markerad som klar.");
        await Assertions.Expect(social.GetByRole(AriaRole.Row).Filter(new() { HasText = Action })).ToHaveCountAsync(0);

        await social.GetByRole(AriaRole.Link, new() { Name = "Ärendegenomgång", Exact = true }).ClickAsync();
        await social.GetByRole(AriaRole.Table, new() { Name = "Slutförda genomgångar" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await Assertions.Expect(social.GetByRole(AriaRole.Row).Filter(new() { HasText = "Yusuf Abdi" })).ToContainTextAsync("Klar");
        await social.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task AReviewOfMoreCasesThanAPrintPart_PrintsAPartAtATime_AndPrintAllShowsEveryCase()
    {
        const int part = Web.Pages.CaseReviews.PrintModel.PageSize;
        for (var i = 0; i < part + 2; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Person", $"Utskrift{i:D3}", assignedWorker: Org.UserIds[ReviewArrangements.Worker]);
        }

        var (reviewId, _) = await App.OpenReviewAsync();
        var head = await OpenBrowserAsync(ReviewArrangements.Head);

        await head.GotoAsync($"/CaseReviews/{reviewId}/Print");
        await Assertions.Expect(head.GetByText($"Ärende 1–{part} av {part + 2}.")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByText($"Person Utskrift{part + 1:D3}")).Not.ToBeVisibleAsync();
        await head.ShouldBeAccessibleAsync();
        await head.GetByRole(AriaRole.Link, new() { Name = "Skriv ut alla" }).ClickAsync();

        await Assertions.Expect(head.GetByText("Person Utskrift000")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByText($"Person Utskrift{part + 1:D3}")).ToBeVisibleAsync();
        await Assertions.Expect(head.GetByText("Enhetschefens underskrift och datum")).ToBeVisibleAsync();
        await head.ShouldBeAccessibleAsync();
    }
}
