using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.CaseReviews;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.CaseReviews.ReviewArrangements;

namespace CaseWork.Web.Tests.CaseReviews;

public partial class ReviewCaseTests(AppFixture app) : AppTest(app)
{
    private string WorkerId => Org.UserIds[Worker];

    private string ColleagueId => Org.UserIds[Colleague];

    [Fact]
    public async Task NeedsAction_WithAnActionForAColleague_IsSavedAndSaysSo()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);

        var response = await head.SubmitFormAsync(url, CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "Planen saknar delmål.",
            ("Revidera planen med delmål", ColleagueId, Iso(Today.AddDays(14)))));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldEndWith($"#case-{entryId}");
        var page = await (await head.GetAsync(response.Headers.Location.ToString())).TextAsync();
        page.ShouldContain("Beslutet för Sara Ali är sparat.");
        page.ShouldContain("Behöver åtgärd");
        page.ShouldContain("Revidera planen med delmål");
        await using var db = App.NewDbContext();
        var entry = await db.CaseReviewEntries.IgnoreQueryFilters().Include(e => e.Actions).SingleAsync(e => e.Id == entryId);
        entry.Decision.ShouldBe(ReviewDecision.NeedsAction);
        entry.Comment.ShouldBe("Planen saknar delmål.");
        var action = entry.Actions.ShouldHaveSingleItem();
        action.OwnerId.ShouldBe(ColleagueId);
        action.DueOn.ShouldBe(Today.AddDays(14));
        (await db.AuditEntries.SingleAsync(e => e.Action == AuditAction.CaseReviewCaseRecorded)).ApplicantId.ShouldBe(entry.ApplicantId);
    }

    [Fact]
    public async Task TheCaseForm_OffersTheUnitsSocialWorkers_WithTheReviewedWorkerChosen()
    {
        var (url, _) = await OpenCaseAsync();
        var head = await SignInAsync(Head);

        var html = await (await head.GetAsync(url)).TextAsync();

        html.ShouldContain($"<option selected=\"selected\" value=\"{WorkerId}\">Sara Lindqvist</option>");
        html.ShouldContain($"value=\"{ColleagueId}\"");
        html.ShouldNotContain($"value=\"{Org.UserIds[Head]}\""); // the unit head owns no action
        html.ShouldNotContain($"value=\"{Org.UserIds["socialsekreterare.hl"]}\"");
    }

    [Fact]
    public async Task MissingActionTextOwnerAndDate_GiveAMessageBesideEachField_AndKeepWhatWasTyped()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);
        var form = CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "Kommentar som ska finnas kvar",
            ("Boka trepartssamtal", "", Iso(Today.AddDays(7))),
            ("", WorkerId, Iso(Today.AddDays(7))),
            ("Uppdatera utredningen", WorkerId, ""));

        var response = await head.SubmitFormAsync(url, form);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain("<a class=\"alert-link\" href=\"#Input_Actions_0__OwnerId\">Välj vem som ansvarar för åtgärden.</a>");
        html.ShouldContain("<a class=\"alert-link\" href=\"#Input_Actions_1__Description\">Skriv vad som ska göras.</a>");
        html.ShouldContain("<a class=\"alert-link\" href=\"#Input_Actions_2__DueOn\">Ange när åtgärden ska vara klar.</a>");
        html.ShouldContain("id=\"Input_Actions_0__OwnerId-error\"");
        html.ShouldContain("Kommentar som ska finnas kvar");
        html.ShouldContain("Boka trepartssamtal");
        html.ShouldContain("Uppdatera utredningen");
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBeNull();
    }

    [Fact]
    public async Task NeedsAction_WithoutAnAction_AndADueDateBeforeTheReview_AreRefused()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);
        var version = await App.EntryVersionAsync(entryId);

        var none = await (await head.SubmitFormAsync(url, CaseForm(version, "NeedsAction", "", ("", WorkerId, "")))).TextAsync();
        var early = await (await head.SubmitFormAsync(url, CaseForm(version, "NeedsAction", "", ("Ring den sökande", WorkerId, Iso(Today.AddDays(-1)))))).TextAsync();
        var undecided = await (await head.SubmitFormAsync(url, CaseForm(version, "", "Bara en kommentar"))).TextAsync();

        none.ShouldContain("Skriv minst en åtgärd när ärendet behöver åtgärd.");
        early.ShouldContain("<a class=\"alert-link\" href=\"#Input_Actions_0__DueOn\">Klart senast kan inte ligga före genomgången.</a>");
        undecided.ShouldContain("<a class=\"alert-link\" href=\"#Input_Decision\">Välj ett beslut: Inga åtgärder eller Behöver åtgärd.</a>");
    }

    [Fact]
    public async Task ADueDateInYear9999_IsRefusedByItsField_AndNothingIsDecided()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);

        var html = await (await head.SubmitFormAsync(url, CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "", ("Ring den sökande", WorkerId, "9999-12-31")))).TextAsync();

        html.ShouldContain("<a class=\"alert-link\" href=\"#Input_Actions_0__DueOn\">Klart senast ligger för långt fram i tiden: kontrollera året (högst två år från i dag).</a>");
        html.ShouldContain("value=\"9999-12-31\"");
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBeNull();
    }

    [Fact]
    public async Task AnActionOwnedBySomeoneOutsideTheUnit_IsRefused()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);

        var html = await (await head.SubmitFormAsync(url, CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "",
            ("Ring den sökande", Org.UserIds["socialsekreterare.hl"], Iso(Today.AddDays(3)))))).TextAsync();

        html.ShouldContain("Den ansvarige måste vara handläggare i enheten.");
    }

    [Fact]
    public async Task TwoEditorsOfTheSameCase_SeeAConflict_NotAnOverwrite()
    {
        var (url, entryId) = await OpenCaseAsync();
        var first = await SignInAsync(Head);
        var second = await SignInAsync(Head);
        var loadedVersion = await App.EntryVersionAsync(entryId);

        (await first.SubmitFormAsync(url, CaseForm(loadedVersion, "NoAction", "Bra plan, inget att göra."))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var conflict = await second.SubmitFormAsync(url, CaseForm(loadedVersion, "NeedsAction", "Saknar delmål.", ("Revidera planen", WorkerId, Iso(Today.AddDays(10)))));

        conflict.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await conflict.TextAsync();
        html.ShouldContain("Maria Ek sparade ärendet medan du redigerade.");
        html.ShouldContain("Det som sparades under tiden");
        html.ShouldContain("Bra plan, inget att göra.");
        html.ShouldContain("Revidera planen"); // what I typed is kept
        await using (var db = App.NewDbContext())
        {
            var saved = await db.CaseReviewEntries.IgnoreQueryFilters().Include(e => e.Actions).SingleAsync(e => e.Id == entryId);
            saved.Decision.ShouldBe(ReviewDecision.NoAction);
            saved.Actions.ShouldBeEmpty();
        }

        // Saving again from the version now shown replaces it on purpose.
        var newVersion = uint.Parse(VersionField().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
        (await second.SubmitFormAsync(url, CaseForm(newVersion, "NeedsAction", "Saknar delmål.", ("Revidera planen", WorkerId, Iso(Today.AddDays(10))))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using (var db = App.NewDbContext())
        {
            (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBe(ReviewDecision.NeedsAction);
        }
    }

    [Fact]
    public async Task RecordingACase_IsRefused_ToTheWorkerTheManagerAndAnotherUnitsHead()
    {
        var (url, entryId) = await OpenCaseAsync();
        var form = CaseForm(await App.EntryVersionAsync(entryId), "NoAction", "Försök");

        foreach (var user in new[] { Worker, "chef" })
        {
            var session = await SignInAsync(user);
            (await session.GetAsync(url)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            var post = await session.SubmitFormAsync("/CaseReviews", form, url);
            post.StatusCode.ShouldBe(HttpStatusCode.Redirect, user);
            post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        var otherHead = await SignInAsync(await App.OtherUnitHeadAsync());
        (await otherHead.SubmitFormAsync("/CaseReviews", form, url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherHead.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var coach = await SignInAsync("jobbcoach");
        (await coach.SubmitFormAsync("/CaseReviews", form, url)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");

        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBeNull();
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.AccessDenied && e.Detail!.Contains("review"))).ShouldBeGreaterThanOrEqualTo(6);
    }

    [Fact]
    public async Task ASignedReview_CannotBeChanged()
    {
        var (url, entryId) = await OpenCaseAsync();
        var reviewId = await ReviewOfAsync(entryId);
        await App.CompleteReviewAsync(reviewId);
        var head = await SignInAsync(Head);

        var response = await head.SubmitFormAsync($"/CaseReviews/{reviewId}", CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "", ("Sent tillägg", WorkerId, Iso(Today))), url);

        response.Headers.Location!.ToString().ShouldBe($"/CaseReviews/{reviewId}");
        var page = await (await head.GetAsync($"/CaseReviews/{reviewId}")).TextAsync();
        page.ShouldNotContain("Granska ärendet");
        page.ShouldNotContain("Slutför och signera genomgången");
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBe(ReviewDecision.NoAction);
    }

    [Fact]
    public async Task AddAnotherAction_AddsAnEmptyRow_AndSavesNothing()
    {
        var (url, entryId) = await OpenCaseAsync();
        var head = await SignInAsync(Head);

        var html = await (await head.SubmitFormAsync(url, CaseForm(await App.EntryVersionAsync(entryId), "NeedsAction", "", ("Första åtgärden", WorkerId, Iso(Today.AddDays(5)))),
            url + "?handler=AddAction")).TextAsync();

        html.ShouldContain("Första åtgärden");
        html.ShouldContain("name=\"Input.Actions[1].Description\"");
        html.ShouldNotContain("Det finns ett problem");
        await using var db = App.NewDbContext();
        (await db.CaseReviewEntries.IgnoreQueryFilters().SingleAsync(e => e.Id == entryId)).Decision.ShouldBeNull();
    }

    /// <summary>A review of the worker's caseload of one applicant, Sara Ali; the URL of her case form.</summary>
    private async Task<(string Url, Guid EntryId)> OpenCaseAsync()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: WorkerId, aidMonthsInLastYear: 11);
        var (reviewId, entries) = await App.OpenReviewAsync(Worker);
        return ($"/CaseReviews/{reviewId}/Cases/{entries[0]}", entries[0]);
    }

    private async Task<Guid> ReviewOfAsync(Guid entryId)
    {
        await using var db = App.NewDbContext();
        return await db.CaseReviewEntries.IgnoreQueryFilters().Where(e => e.Id == entryId).Select(e => e.ReviewId).SingleAsync();
    }

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
