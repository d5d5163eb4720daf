using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.CaseReviews;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.CaseReviews.ReviewArrangements;

namespace CaseWork.Web.Tests.CaseReviews;

public partial class ReviewDetailsTests(AppFixture app) : AppTest(app)
{
    private string WorkerId => Org.UserIds[Worker];

    [Fact]
    public async Task EachCase_ShowsLongTermAidThePlanTheLastFollowUpTheNextDueDateAndTheReferral()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId, aidMonthsInLastYear: 11);
        await App.AddActivePlanAsync(applicant);
        await App.AddReferralAsync(applicant, sentDaysAgo: 20, firstVisitDaysAgo: 14);
        await App.AddTalkAsync(applicant.Id, WorkerId, daysAgo: 10);
        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);

        var row = CaseRowOf(await (await head.GetAsync($"/CaseReviews/{reviewId}")).TextAsync(), "Sara Ali");

        row.ShouldContain("11 av 12 månader");
        row.ShouldContain("Långvarig");
        row.ShouldContain($"Plan {Iso(Today.AddDays(-7))} – {Iso(Today.AddMonths(6))}"); // the plan named by its period
        row.ShouldContain("Version 1");
        row.ShouldContain("Ingen signerad grundutredning");
        row.ShouldContain(Today.AddDays(-10).ToString("yyyy-MM-dd"));
        row.ShouldContain("Trepartssamtal");
        row.ShouldContain("försenad");
        row.ShouldContain("Jobbtorg, Jobbtorg Kista");
        row.ShouldContain("Inskriven");
        row.ShouldContain("Jobbplan försenad");
        row.ShouldContain("Inte granskat");
        row.ShouldContain("Granska ärendet");
    }

    [Fact]
    public async Task TheCaseload_IsReadAndAuditedInTheSameNumberOfQueriesAndStatements_ForTwoOrThirtyCases()
    {
        var small = await ReviewOfAsync(2);
        var large = await ReviewOfAsync(30, worker: Colleague);
        var head = await SignInAsync(Head);
        await head.GetStringAsync($"/CaseReviews/{small}"); // warm up

        App.Factory.Commands.Reset();
        await head.GetStringAsync($"/CaseReviews/{small}");
        var (forTwo, statementsForTwo) = (App.Factory.Commands.Count, App.Factory.Commands.Statements);
        App.Factory.Commands.Reset();
        await head.GetStringAsync($"/CaseReviews/{large}");

        App.Factory.Commands.Count.ShouldBe(forTwo);
        forTwo.ShouldBeLessThanOrEqualTo(16);
        App.Factory.Commands.Statements.ShouldBe(statementsForTwo); // one audit row a page, not one a case
    }

    [Fact]
    public async Task ALargeCaseload_IsPaged_AndEachPageShownIsOneAuditRowNamingItsCases()
    {
        var reviewId = await ReviewOfAsync(Web.Pages.CaseReviews.ReviewCasesQuery.PageSize + 5);
        var head = await SignInAsync(Head);

        var first = await head.GetStringAsync($"/CaseReviews/{reviewId}");
        var second = await head.GetStringAsync(PageLink(first, "Nästa"));

        CaseRows().Count(first).ShouldBe(Web.Pages.CaseReviews.ReviewCasesQuery.PageSize);
        CaseRows().Count(second).ShouldBe(5);
        second.ShouldContain("Sida 2 av 2");
        PageLinks().Matches(second).Select(m => m.Groups[2].Value).ShouldBe(["Föregående"]);
        CaseRows().Matches(first).Select(m => m.Value).Intersect(CaseRows().Matches(second).Select(m => m.Value)).ShouldBeEmpty();
        await using var db = App.NewDbContext();
        var viewed = await db.AuditEntries.Where(e => e.Detail!.StartsWith($"case review {reviewId}")).OrderBy(e => e.Id).ToListAsync();
        viewed.Count.ShouldBe(2);
        viewed.ShouldAllBe(e => e.Action == AuditAction.CaseReviewViewed && e.UserName == Head && e.Purpose == ReadPurpose.Review && e.ApplicantId == null);
        viewed[0].ShownApplicantIds!.Length.ShouldBe(Web.Pages.CaseReviews.ReviewCasesQuery.PageSize);
        viewed[1].ShownApplicantIds!.Length.ShouldBe(5);
        viewed[0].ShownApplicantIds!.Intersect(viewed[1].ShownApplicantIds!).ShouldBeEmpty();
        var back = await head.GetStringAsync(PageLink(second, "Föregående"));
        CaseRows().Matches(back).Select(m => m.Value).ShouldBe(CaseRows().Matches(first).Select(m => m.Value));
        back.ShouldContain("Sida 1 av 2");
        var reviewed = await db.CaseReviewEntries.IgnoreQueryFilters().Where(e => e.ReviewId == reviewId).Select(e => e.ApplicantId).ToListAsync();
        viewed.SelectMany(e => e.ShownApplicantIds!).ShouldBe(reviewed, ignoreOrder: true); // every case shown, each once
    }

    [Fact]
    public async Task Completing_WithACaseWithoutDecision_IsRefused_ThenSignsWhenAllAreDecided()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId, aidMonthsInLastYear: 11);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: WorkerId);
        var (reviewId, entries) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);
        var url = $"/CaseReviews/{reviewId}";
        (await head.SubmitFormAsync($"{url}/Cases/{entries[0]}", CaseForm(await App.EntryVersionAsync(entries[0]), "NoAction"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await (await head.SubmitFormAsync(url, [], url + "?handler=Complete")).TextAsync();

        refused.ShouldContain("Alla ärenden måste ha ett beslut innan genomgången kan slutföras: 1 saknar beslut.");
        (await head.SubmitFormAsync($"{url}/Cases/{entries[1]}", CaseForm(await App.EntryVersionAsync(entries[1]), "NoAction"))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        ConfirmStepOf(await (await head.SubmitFormAsync(url, [], url + "?handler=Complete")).TextAsync(), "confirm-sign").ShouldContain("Signera genomgången av 2 ärenden?");
        var signed = await head.SubmitFormAsync(url, Confirmed(2), url + "?handler=Complete");
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await (await head.GetAsync(url)).TextAsync();
        page.ShouldContain("Genomgången är slutförd och signerad.");
        page.ShouldContain("Slutförd och signerad");
        page.ShouldContain("av Maria Ek");
        page.ShouldContain("11 av 12 månader"); // the facts kept at signing
        await using var db = App.NewDbContext();
        var review = await db.CaseReviews.IgnoreQueryFilters().SingleAsync();
        review.Status.ShouldBe(CaseReviewStatus.Completed);
        review.CompletedOn.ShouldBe(Today);
        review.SignedById.ShouldBe(Org.UserIds[Head]);
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.FactsAtSigning != null)).ShouldBe(2);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.CaseReviewCompleted)).ShouldBe(1);
    }

    [Fact]
    public async Task Signing_FirstSaysWhatItDoes_ThatItCannotBeUndone_AndThatNoCaseIsWithoutADecision_AndSignsNothing()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: WorkerId);
        var (reviewId, entries) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);
        var url = $"/CaseReviews/{reviewId}";
        await head.SubmitFormAsync($"{url}/Cases/{entries[0]}", CaseForm(await App.EntryVersionAsync(entries[0]), "NeedsAction", "", ("Boka trepartssamtal", WorkerId, Iso(Today.AddDays(7)))));
        await head.SubmitFormAsync($"{url}/Cases/{entries[1]}", CaseForm(await App.EntryVersionAsync(entries[1]), "NoAction"));

        var html = await (await head.SubmitFormAsync(url, [], url + "?handler=Complete")).TextAsync();

        var step = ConfirmStepOf(html, "confirm-sign");
        step.ShouldContain($"Du signerar genomgången av Sara Lindqvists 2 ärenden i {await App.UnitNameAsync(Org.SpangaTenstaUnit)}, öppnad {Iso(Today)}.");
        step.ShouldContain("Inget ärende saknar beslut: 1 med Inga åtgärder och 1 som behöver åtgärd, med sammanlagt 1 åtgärder.");
        step.ShouldContain("signeringen går inte att ångra");
        step.ShouldContain("Ja, signera genomgången. Jag vet att det inte går att ångra.");
        html.ShouldNotContain("Det finns ett problem");
        var unticked = await (await head.SubmitFormAsync(url, Confirmed(2, ticked: false), url + "?handler=Complete")).TextAsync();
        unticked.ShouldContain("<a class=\"alert-link\" href=\"#Confirm_Confirmed\">Bekräfta att du vill signera genomgången av Sara Lindqvists ärenden.</a>");
        unticked.ShouldContain("id=\"Confirm_Confirmed-error\">Bekräfta att du vill signera genomgången av Sara Lindqvists ärenden.</span>");
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().SingleAsync()).Status.ShouldBe(CaseReviewStatus.Ongoing);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.CaseReviewCompleted)).ShouldBe(0);
    }

    [Fact]
    public async Task MarkingTheRemainingCases_AsksWithTheCountAndTheNames_ThenMarksOnlyTheUndecidedCasesOfThePage()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: WorkerId);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Ida", "Berg", assignedWorker: WorkerId);
        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);
        var url = $"/CaseReviews/{reviewId}";
        await using var before = App.NewDbContext();
        var sara = await before.CaseReviewEntries.IgnoreQueryFilters().Where(e => e.ReviewId == reviewId)
            .Join(before.Applicants.IgnoreQueryFilters().Where(a => a.FirstName == "Sara"), e => e.ApplicantId, a => a.Id, (e, a) => e.Id).SingleAsync();
        await head.SubmitFormAsync($"{url}/Cases/{sara}", CaseForm(await App.EntryVersionAsync(sara), "NeedsAction", "Planen saknar delmål.", ("Boka trepartssamtal", WorkerId, Iso(Today.AddDays(7)))));
        (await head.GetStringAsync(url)).ShouldContain("Markera återstående ärenden Inga åtgärder");

        var asked = await (await head.SubmitFormAsync(url, [], url + "?handler=MarkNoAction&p=1")).TextAsync();

        var step = ConfirmStepOf(asked, "confirm-mark");
        step.ShouldContain("Markera 2 ärenden Inga åtgärder?");
        step.ShouldContain("<li>Ida Berg</li>");
        step.ShouldContain("<li>Omar Nilsson</li>");
        step.ShouldNotContain("Sara Ali");
        step.ShouldContain("Ja, markera 2 ärenden Inga åtgärder");
        await using (var db = App.NewDbContext())
        {
            (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.ReviewId == reviewId && e.Decision == null)).ShouldBe(2);
        }

        var marked = await head.SubmitFormAsync(url, Confirmed(2), url + "?handler=MarkNoAction&p=1");

        marked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await head.GetAsync(marked.Headers.Location!.ToString())).TextAsync()).ShouldContain("2 ärenden är markerade Inga åtgärder.");
        await using var after = App.NewDbContext();
        var decided = await after.CaseReviewEntries.IgnoreQueryFilters().Include(e => e.Actions).Where(e => e.ReviewId == reviewId).ToListAsync();
        decided.Single(e => e.Id == sara).Decision.ShouldBe(ReviewDecision.NeedsAction);
        decided.Single(e => e.Id == sara).Comment.ShouldBe("Planen saknar delmål.");
        decided.Single(e => e.Id == sara).Actions.Count.ShouldBe(1);
        decided.Where(e => e.Id != sara).ShouldAllBe(e => e.Decision == ReviewDecision.NoAction && e.Comment == null && e.RecordedById == Org.UserIds[Head]);
        var recorded = await after.AuditEntries.Where(e => e.Action == AuditAction.CaseReviewCaseRecorded && e.UserName == Head).ToListAsync();
        recorded.Count.ShouldBe(3); // Sara's own decision and the two marked
        recorded.Where(e => e.ApplicantId != decided.Single(x => x.Id == sara).ApplicantId).Select(e => e.ApplicantId)
            .ShouldBe(decided.Where(e => e.Id != sara).Select(e => (Guid?)e.ApplicantId), ignoreOrder: true);
    }

    [Fact]
    public async Task MarkingTheRemainingCases_TouchesOnlyThePageLookedAt()
    {
        var reviewId = await ReviewOfAsync(Web.Pages.CaseReviews.ReviewCasesQuery.PageSize + 3);
        var head = await SignInAsync(Head);
        var url = $"/CaseReviews/{reviewId}";

        var second = PageLink(await head.GetStringAsync(url), "Nästa");
        var response = await head.SubmitFormAsync(second, Confirmed(3), second + "&handler=MarkNoAction");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.ReviewId == reviewId && e.Decision == ReviewDecision.NoAction)).ShouldBe(3);
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.ReviewId == reviewId && e.Decision == null)).ShouldBe(Web.Pages.CaseReviews.ReviewCasesQuery.PageSize);
    }

    [Fact]
    public async Task MarkingTheRemainingCases_WithTheBoxLeftUnticked_OrAnotherCount_MarksNothing()
    {
        var reviewId = await ReviewOfAsync(2);
        var head = await SignInAsync(Head);
        var url = $"/CaseReviews/{reviewId}";

        var unticked = await (await head.SubmitFormAsync(url, Confirmed(2, ticked: false), url + "?handler=MarkNoAction&p=1")).TextAsync();
        var otherCount = await (await head.SubmitFormAsync(url, Confirmed(5), url + "?handler=MarkNoAction&p=1")).TextAsync();

        unticked.ShouldContain("id=\"Confirm_Confirmed-error\">Bekräfta att du vill markera de återstående ärendena Inga åtgärder.</span>");
        otherCount.ShouldContain("Ärendena utan beslut på sidan har ändrats sedan du bekräftade: nu är de 2. Bekräfta igen.");
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.ReviewId == reviewId && e.Decision != null)).ShouldBe(0);
    }

    [Fact]
    public async Task MarkingTheRemainingCases_IsRefused_ToTheWorkerTheManagerAndAnotherUnitsHead()
    {
        var reviewId = await ReviewOfAsync(2);
        var url = $"/CaseReviews/{reviewId}?handler=MarkNoAction&p=1";
        var manager = await SignInAsync("chef");
        (await manager.GetStringAsync($"/CaseReviews/{reviewId}")).ShouldNotContain("Markera återstående ärenden Inga åtgärder");

        foreach (var user in new[] { Worker, "chef" })
        {
            var session = await SignInAsync(user);
            var post = await session.SubmitFormAsync("/CaseReviews", Confirmed(2), url);
            post.StatusCode.ShouldBe(HttpStatusCode.Redirect, user);
            post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        var otherHead = await SignInAsync(await App.OtherUnitHeadAsync());
        (await otherHead.SubmitFormAsync("/CaseReviews", Confirmed(2), url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync(e => e.ReviewId == reviewId && e.Decision != null)).ShouldBe(0);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.AccessDenied && e.Detail!.Contains("mark the remaining cases of review"))).ShouldBe(3);
    }

    [Fact]
    public async Task TheReviewedWorker_ReadsTheirCompletedReview_ButNotAnOngoingOne_NorAColleagues()
    {
        var mine = await ReviewOfAsync(1);
        var theirs = await ReviewOfAsync(1, worker: Colleague);
        var worker = await SignInAsync(Worker);

        (await worker.GetAsync($"/CaseReviews/{mine}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await App.CompleteReviewAsync(mine, actionOwner: Worker);
        await App.CompleteReviewAsync(theirs);

        var html = await worker.GetStringAsync($"/CaseReviews/{mine}");
        html.ShouldContain("Revidera planen med delmål och datum");
        html.ShouldNotContain("Granska ärendet");
        (await worker.GetAsync($"/CaseReviews/{theirs}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await worker.SubmitFormAsync("/CaseReviews", [], $"/CaseReviews/{mine}?handler=Complete")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    [Fact]
    public async Task TheManager_ReadsTheDistrictsReviews_ButCannotSignThem()
    {
        var reviewId = await ReviewOfAsync(1);
        var manager = await SignInAsync("chef");

        (await manager.GetStringAsync($"/CaseReviews/{reviewId}")).ShouldNotContain("Slutför och signera genomgången");
        var post = await manager.SubmitFormAsync("/CaseReviews", [], $"/CaseReviews/{reviewId}?handler=Complete");

        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().SingleAsync()).Status.ShouldBe(CaseReviewStatus.Ongoing);
    }

    [Fact]
    public async Task AnotherUnitsHead_FindsNoSuchReview_AndTheAttemptIsAudited()
    {
        var reviewId = await ReviewOfAsync(1);
        var otherHead = await SignInAsync(await App.OtherUnitHeadAsync());

        (await otherHead.GetAsync($"/CaseReviews/{reviewId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherHead.GetAsync($"/CaseReviews/{reviewId}/Print")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherHead.SubmitFormAsync("/CaseReviews", [], $"/CaseReviews/{reviewId}?handler=Complete")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var db = App.NewDbContext();
        var denied = await db.AuditEntries.Where(e => e.Action == AuditAction.AccessDenied).ToListAsync();
        denied.Count.ShouldBe(3);
        denied.ShouldAllBe(e => e.Detail!.Contains("outside scope"));
        (await db.CaseReviews.IgnoreQueryFilters().SingleAsync()).Status.ShouldBe(CaseReviewStatus.Ongoing);
    }

    [Fact]
    public async Task Print_ShowsEveryCaseWithItsDecision_AndSignatureLines()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId);
        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        await App.CompleteReviewAsync(reviewId, actionOwner: Worker);
        var head = await SignInAsync(Head);

        var html = await (await head.GetAsync($"/CaseReviews/{reviewId}/Print")).TextAsync();

        html.ShouldContain("print.css");
        html.ShouldContain("Sara Ali");
        html.ShouldContain("Behöver åtgärd");
        html.ShouldContain("Revidera planen med delmål och datum");
        html.ShouldContain("Enhetschefens underskrift och datum");
        html.ShouldNotContain("Skriv ut alla"); // one part: nothing to choose
        await using var db = App.NewDbContext();
        var printed = await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.CaseReviewViewed && e.Detail!.StartsWith($"case review {reviewId} print"));
        printed.ShownApplicantIds.ShouldBe([applicant.Id]);
    }

    [Fact]
    public async Task Print_OfMoreCasesThanAPart_IsInParts_AndPrintAllStreamsEveryPart_OneAuditRowAPart()
    {
        const int part = Web.Pages.CaseReviews.PrintModel.PageSize;
        for (var i = 0; i < part + 3; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Person", $"Utskrift{i:D3}", assignedWorker: WorkerId);
        }

        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);

        var first = await (await head.GetAsync($"/CaseReviews/{reviewId}/Print")).TextAsync();
        var second = await (await head.GetAsync(PageLink(first, "Nästa del"))).TextAsync();
        var all = await (await head.GetAsync($"/CaseReviews/{reviewId}/Print?all=true")).TextAsync();

        first.ShouldContain($"Ärende 1–{part} av {part + 3}.");
        first.ShouldContain("Skriv ut alla");
        first.ShouldContain("Person Utskrift000");
        first.ShouldNotContain($"Person Utskrift{part:D3}");
        second.ShouldContain($"Ärende {part + 1}–{part + 3} av {part + 3}.");
        second.ShouldContain($"Person Utskrift{part + 2:D3}");
        second.ShouldNotContain("Person Utskrift000");
        all.ShouldContain("Person Utskrift000");
        all.ShouldContain($"Person Utskrift{part + 2:D3}");
        all.IndexOf("Person Utskrift000", StringComparison.Ordinal).ShouldBeLessThan(all.IndexOf($"Person Utskrift{part + 2:D3}", StringComparison.Ordinal));
        all.ShouldContain("Enhetschefens underskrift och datum");
        all.ShouldNotContain("Skriv ut alla");
        await using var db = App.NewDbContext();
        var printed = await db.AuditEntries.Where(e => e.Detail!.StartsWith($"case review {reviewId} print")).OrderBy(e => e.Id).ToListAsync();
        printed.Count.ShouldBe(4); // a part, another part, then the two parts of "print all"
        printed.ShouldAllBe(e => e.Action == AuditAction.CaseReviewViewed && e.ApplicantId == null);
        printed.Select(e => e.ShownApplicantIds!.Length).ShouldBe([part, 3, part, 3]);
    }

    private async Task<Guid> ReviewOfAsync(int cases, string worker = Worker)
    {
        for (var i = 0; i < cases; i++)
        {
            var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Person", $"{worker[..4]}{i:D3}", assignedWorker: Org.UserIds[worker], aidMonthsInLastYear: 2 + (i % 10));
            if (i % 3 == 0)
            {
                await App.AddReferralAsync(applicant, sentDaysAgo: 30, firstVisitDaysAgo: 20);
            }

            if (i % 4 == 0)
            {
                await App.AddActivePlanAsync(applicant);
            }
        }

        return (await App.OpenReviewAsync(worker)).ReviewId;
    }

    private static string CaseRowOf(string html, string name)
    {
        var start = html.IndexOf(name, StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, name);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    /// <summary>The address of the pager's link named <paramref name="text"/> ("Nästa", "Föregående", "Nästa del").</summary>
    private static string PageLink(string html, string text) =>
        WebUtility.HtmlDecode(PageLinks().Matches(html).Single(m => m.Groups[2].Value == text).Groups[1].Value);

    [GeneratedRegex("<a class=\"page-link\" href=\"([^\"]+)\">([^<]+)</a>")]
    private static partial Regex PageLinks();

    [GeneratedRegex("<tr id=\"case-[0-9a-f-]{36}\">")]
    private static partial Regex CaseRows();
}
