using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.CaseReviews.ReviewArrangements;

namespace CaseWork.Web.Tests.CaseReviews;

public class ReviewActionDueTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task ASignedReviewsAction_IsInItsOwnersDueList_UntilTheOwnerMarksItDone()
    {
        var actionId = await SignedActionAsync(owner: Colleague);
        var owner = await SignInAsync(Colleague);

        var list = await owner.GetStringAsync("/Due");

        var decoded = System.Net.WebUtility.HtmlDecode(list);
        decoded.ShouldContain("Ärendegenomgång: Revidera planen med delmål och datum");
        decoded.ShouldContain("Sara Ali"); // not the owner's own caseload: the action still shows
        var done = await owner.SubmitFormAsync("/Due", [], $"/CaseReviews/Actions/{actionId}?handler=Done&returnUrl=%2FDue");
        done.Headers.Location!.ToString().ShouldBe("/Due");
        var after = System.Net.WebUtility.HtmlDecode(await owner.GetStringAsync("/Due"));
        after.ShouldContain("Åtgärden är markerad som klar.");
        after.ShouldNotContain("Revidera planen med delmål och datum");
        await using var db = App.NewDbContext();
        (await db.ReviewActions.IgnoreQueryFilters().SingleAsync()).DoneAt.ShouldNotBeNull();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.ReviewActionDone)).ShouldBe(1);
    }

    [Fact]
    public async Task AnActionOfAnOngoingReview_IsNotYetDue()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker]);
        var (reviewId, entries) = await App.OpenReviewAsync(Worker);
        var head = await SignInAsync(Head);
        (await head.SubmitFormAsync($"/CaseReviews/{reviewId}/Cases/{entries[0]}", CaseForm(await App.EntryVersionAsync(entries[0]), "NeedsAction", "",
            ("Ring den sökande", Org.UserIds[Worker], Iso(Today.AddDays(3)))))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var worker = await SignInAsync(Worker);

        System.Net.WebUtility.HtmlDecode(await worker.GetStringAsync("/Due")).ShouldNotContain("Ring den sökande");
    }

    [Fact]
    public async Task OnlyTheOwner_MarksTheActionDone()
    {
        var actionId = await SignedActionAsync(owner: Colleague);

        foreach (var user in new[] { Worker, Head, "chef" })
        {
            var session = await SignInAsync(user);
            var response = await session.SubmitFormAsync("/CaseReviews", [], $"/CaseReviews/Actions/{actionId}?handler=Done");
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: user);
        }

        var coach = await SignInAsync("jobbcoach");
        (await coach.GetAsync($"/CaseReviews/Actions/{actionId}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = App.NewDbContext();
        (await db.ReviewActions.IgnoreQueryFilters().SingleAsync()).DoneAt.ShouldBeNull();
    }

    [Fact]
    public async Task TheOwnerWhoIsNotTheReviewedWorker_SeesTheActionAndItsComment_ButNotTheReview()
    {
        var actionId = await SignedActionAsync(owner: Colleague);
        var owner = await SignInAsync(Colleague);

        var html = System.Net.WebUtility.HtmlDecode(await owner.GetStringAsync($"/CaseReviews/Actions/{actionId}"));

        html.ShouldContain("Revidera planen med delmål och datum");
        html.ShouldContain("Planen saknar delmål.");
        html.ShouldNotContain("Öppna genomgången");
    }

    [Fact]
    public async Task TheUnitHeadsWholeUnit_ShowsEveryOpenAction()
    {
        await SignedActionAsync(owner: Colleague);
        var head = await SignInAsync(Head);

        System.Net.WebUtility.HtmlDecode(await head.GetStringAsync("/Due?worker=unit")).ShouldContain("Revidera planen med delmål och datum");
    }

    [Fact]
    public async Task TheDueList_TakesTheSameNumberOfQueries_WithOneOrManyActions()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker], aidMonthsInLastYear: 2);
        var (first, _) = await App.OpenReviewAsync(Worker, daysAgo: 60);
        await App.CompleteReviewAsync(first, actionOwner: Worker);
        var worker = await SignInAsync(Worker);
        await worker.GetStringAsync("/Due");
        App.Factory.Commands.Reset();
        await worker.GetStringAsync("/Due");
        var withOne = App.Factory.Commands.Count;

        for (var i = 0; i < 5; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Person", $"Nummer{i}", assignedWorker: Org.UserIds[Worker], aidMonthsInLastYear: 2);
            var (reviewId, _) = await App.OpenReviewAsync(Worker, daysAgo: 50 - i);
            await App.CompleteReviewAsync(reviewId, actionOwner: Worker, actionText: $"Åtgärd {i}");
        }

        App.Factory.Commands.Reset();
        var html = System.Net.WebUtility.HtmlDecode(await worker.GetStringAsync("/Due"));

        App.Factory.Commands.Count.ShouldBe(withOne);
        html.ShouldContain("Åtgärd 4");
    }

    private async Task<Guid> SignedActionAsync(string owner)
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Org.UserIds[Worker]);
        var (reviewId, _) = await App.OpenReviewAsync(Worker);
        await App.CompleteReviewAsync(reviewId, actionOwner: owner);
        await using var db = App.NewDbContext();
        return await db.ReviewActions.IgnoreQueryFilters().Select(a => a.Id).SingleAsync();
    }
}
