using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.CaseReviews;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.CaseReviews.ReviewArrangements;

namespace CaseWork.Web.Tests.CaseReviews;

public partial class ReviewOverviewTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task UnitHead_SeesEachSocialWorker_AndWhoHasHadNoReviewInSixMonths()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Kalle", "Kollega", assignedWorker: Org.UserIds[Colleague]);
        var (recent, _) = await App.OpenReviewAsync(Worker, daysAgo: 60);
        await App.CompleteReviewAsync(recent);
        var (old, _) = await App.OpenReviewAsync(Colleague, daysAgo: 215);
        await App.CompleteReviewAsync(old);
        var head = await SignInAsync(Head);

        var html = await (await head.GetAsync("/CaseReviews")).TextAsync();

        WorkerRow(html, "Sara Lindqvist").ShouldNotContain("Ingen genomgång på sex månader");
        WorkerRow(html, "Sara Lindqvist").ShouldContain(Today.AddDays(-60).ToString("yyyy-MM-dd"));
        WorkerRow(html, await App.DisplayNameAsync(Colleague)).ShouldContain("Ingen genomgång på sex månader");
        WorkerRow(html, await App.DisplayNameAsync("handlaggare2.st")).ShouldContain("Aldrig");
        WorkerRow(html, await App.DisplayNameAsync("handlaggare2.st")).ShouldContain("Ingen genomgång på sex månader");
        html.ShouldContain("handläggare har inte haft någon ärendegenomgång på sex månader.");
        html.ShouldNotContain("Maria Ek</th>"); // the unit head is not a caseload
        html.ShouldNotContain("Johan Berg"); // nor is another unit's worker
    }

    [Fact]
    public async Task UnitHead_OpensAReview_WithOneCasePerApplicantOfThatWorker()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Kalle", "Kollega", assignedWorker: Org.UserIds[Colleague]);
        var head = await SignInAsync(Head);
        var workerField = new Dictionary<string, string> { ["WorkerId"] = Org.UserIds[Worker] };
        var asked = await head.SubmitFormAsync("/CaseReviews", workerField, "/CaseReviews?handler=Open");
        asked.StatusCode.ShouldBe(HttpStatusCode.OK);

        var response = await head.SubmitFormAsync("/CaseReviews", Confirmed(2, fields: workerField), "/CaseReviews?handler=Open");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = await (await head.GetAsync(response.Headers.Location!.ToString())).TextAsync();
        page.ShouldContain("Genomgången av Sara Lindqvists ärenden är öppnad: 2 ärenden.");
        page.ShouldContain("Sara Ali");
        page.ShouldContain("Omar Nilsson");
        page.ShouldNotContain("Kalle Kollega");
        await using var db = App.NewDbContext();
        var review = await db.CaseReviews.IgnoreQueryFilters().SingleAsync();
        review.Status.ShouldBe(CaseReviewStatus.Ongoing);
        (await db.CaseReviewEntries.IgnoreQueryFilters().CountAsync()).ShouldBe(2);
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.CaseReviewOpened)).UserName.ShouldBe(Head);
    }

    [Fact]
    public async Task OpeningAReview_SendsAsManyStatementsForThirtyCasesAsForTwo_AndMakesOneUndecidedEntryPerCase()
    {
        for (var i = 0; i < 2; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        }

        for (var i = 0; i < 30; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Colleague]);
        }

        var head = await SignInAsync(Head);

        var forTwo = await StatementsToOpenAsync(head, Worker, 2);
        var forThirty = await StatementsToOpenAsync(head, Colleague, 30);

        forThirty.ShouldBe(forTwo);
        forTwo.ShouldBeLessThanOrEqualTo(12);
        await using var db = App.NewDbContext();
        var review = await db.CaseReviews.IgnoreQueryFilters().SingleAsync(r => r.WorkerId == Org.UserIds[Colleague]);
        var entries = await db.CaseReviewEntries.IgnoreQueryFilters().Where(e => e.ReviewId == review.Id).ToListAsync();
        entries.Count.ShouldBe(30);
        entries.ShouldAllBe(e => e.Decision == null && e.Comment == null && e.RecordedById == null);
        entries.Select(e => e.ApplicantId).Distinct().Count().ShouldBe(30);
        entries.Select(e => e.Id).Distinct().Count().ShouldBe(30);
        entries.ShouldAllBe(e => e.Id.Version == 7);
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.CaseReviewOpened && e.Detail!.Contains(review.Id.ToString())))
            .Detail.ShouldEndWith(": 30 cases");
    }

    /// <summary>The statements the confirmed open sends (not the read of the form before it).</summary>
    private async Task<int> StatementsToOpenAsync(HttpSession head, string worker, int cases)
    {
        var fields = await head.FormFieldsAsync("/CaseReviews", Confirmed(cases, fields: new() { ["WorkerId"] = Org.UserIds[worker] }));
        App.Factory.Commands.Reset();
        var response = await head.PostAsync("/CaseReviews?handler=Open", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return App.Factory.Commands.Statements;
    }

    [Fact]
    public async Task StartingAReview_FirstSaysHowManyCasesOfWhomInWhichUnit_AndOpensNothing()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Org.UserIds[Worker]);
        var (earlier, _) = await App.OpenReviewAsync(Worker, daysAgo: 190);
        await App.CompleteReviewAsync(earlier);
        var head = await SignInAsync(Head);

        var html = await (await head.SubmitFormAsync("/CaseReviews", new() { ["WorkerId"] = Org.UserIds[Worker] }, "/CaseReviews?handler=Open")).TextAsync();

        var step = ConfirmStepOf(html, "confirm-open");
        step.ShouldContain("Starta en genomgång av 2 ärenden?");
        step.ShouldContain($"Du startar en genomgång av alla ärenden som Sara Lindqvist har i {await App.UnitNameAsync(Org.SpangaTenstaUnit)}: 2 ärenden, som de ser ut i dag, {Iso(Today)}.");
        step.ShouldContain($"Den gäller tiden sedan Sara Lindqvists senaste slutförda genomgång, {Iso(Today.AddDays(-190))}.");
        step.ShouldContain("Ja, starta genomgången av 2 ärenden");
        step.ShouldContain("name=\"Confirm.Confirmed\"");
        html.ShouldNotContain("Det finns ett problem"); // asking is not an error
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().CountAsync(r => r.Status == CaseReviewStatus.Ongoing)).ShouldBe(0);
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.CaseReviewOpened)).ShouldBe(0);
    }

    [Fact]
    public async Task StartingAReview_WithTheBoxLeftUnticked_IsAnErrorBesideTheBoxAndInTheSummary_AndOpensNothing()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        var head = await SignInAsync(Head);

        var response = await head.SubmitFormAsync("/CaseReviews", Confirmed(1, ticked: false, new() { ["WorkerId"] = Org.UserIds[Worker] }), "/CaseReviews?handler=Open");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        const string message = "Bekräfta att du vill starta genomgången av Sara Lindqvists ärenden.";
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain($"<a class=\"alert-link\" href=\"#Confirm_Confirmed\">{message}</a>");
        html.ShouldContain($"id=\"Confirm_Confirmed-error\">{message}");
        html.ShouldContain("aria-invalid=\"true\"");
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task StartingAReview_WhenTheCaseloadChangedSinceTheConfirmation_AsksAgain()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        var head = await SignInAsync(Head);

        var html = await (await head.SubmitFormAsync("/CaseReviews", Confirmed(1, fields: new() { ["WorkerId"] = Org.UserIds[Worker] }), "/CaseReviews?handler=Open")).TextAsync();

        html.ShouldContain("Sara Lindqvists ärenden har ändrats sedan du bekräftade: nu är de 2. Bekräfta igen.");
        ConfirmStepOf(html, "confirm-open").ShouldContain("Ja, starta genomgången av 2 ärenden");
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task StartingAgain_ContinuesTheOngoingReview()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);

        var response = await head.SubmitFormAsync("/CaseReviews", new() { ["WorkerId"] = Org.UserIds[Worker] }, "/CaseReviews?handler=Open");

        response.Headers.Location!.ToString().ShouldBe($"/CaseReviews/{reviewId}");
        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task AWorkerWithoutCases_CannotBeReviewed_AndSaysWhy()
    {
        var head = await SignInAsync(Head);

        var response = await head.SubmitFormAsync("/CaseReviews", new() { ["WorkerId"] = Org.UserIds["handlaggare2.st"] }, "/CaseReviews?handler=Open");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("har inga ärenden att gå igenom.");
    }

    [Fact]
    public async Task Opening_IsRefused_ToSocialWorkersManagers_AndForAnotherUnitsWorker()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        foreach (var user in new[] { Worker, "chef" })
        {
            var session = await SignInAsync(user);
            var response = await session.SubmitFormAsync("/CaseReviews", new() { ["WorkerId"] = Org.UserIds[Worker] }, "/CaseReviews?handler=Open");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect, user);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        var otherHead = await SignInAsync(await App.OtherUnitHeadAsync());
        var across = await otherHead.SubmitFormAsync("/CaseReviews", new() { ["WorkerId"] = Org.UserIds[Worker] }, "/CaseReviews?handler=Open");
        (await across.TextAsync()).ShouldContain("Välj en handläggare i din enhet.");

        await using var db = App.NewDbContext();
        (await db.CaseReviews.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task CoachesAndAdministrators_AreRefused()
    {
        foreach (var user in new[] { "jobbcoach", "admin" })
        {
            var session = await SignInAsync(user);
            var response = await session.GetAsync("/CaseReviews");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task SocialWorker_SeesOnlyTheirOwnCompletedReviews()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Colleague]);
        var (mine, _) = await App.OpenReviewAsync(Worker, daysAgo: 30);
        await App.CompleteReviewAsync(mine);
        var (theirs, _) = await App.OpenReviewAsync(Colleague, daysAgo: 20);
        await App.CompleteReviewAsync(theirs);
        var session = await SignInAsync(Worker);

        var html = await (await session.GetAsync("/CaseReviews")).TextAsync();

        html.ShouldContain("Dina genomgångar");
        html.ShouldContain($"/CaseReviews/{mine}");
        html.ShouldNotContain($"/CaseReviews/{theirs}");
        html.ShouldNotContain("Starta genomgång");
    }

    [Fact]
    public async Task CompletedReviews_ArePaged()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, assignedWorker: Org.UserIds[Worker]);
        for (var i = 0; i < Web.Pages.CaseReviews.IndexModel.PageSize + 2; i++)
        {
            var (reviewId, _) = await App.OpenReviewAsync(Worker, daysAgo: 400 - i);
            await App.CompleteReviewAsync(reviewId);
        }

        var head = await SignInAsync(Head);
        var first = await (await head.GetAsync("/CaseReviews")).TextAsync();
        var second = await (await head.GetAsync("/CaseReviews?p=2")).TextAsync();

        CompletedLinks().Count(first).ShouldBe(Web.Pages.CaseReviews.IndexModel.PageSize);
        CompletedLinks().Count(second).ShouldBe(2);
    }

    private static string WorkerRow(string html, string name)
    {
        var start = html.IndexOf($"<th scope=\"row\" class=\"fw-normal\">{name}</th>", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(0, name);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    [GeneratedRegex("<td><a href=\"/CaseReviews/[0-9a-f-]{36}\">")]
    private static partial Regex CompletedLinks();
}
