using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Retention;

/// <summary>The administrator's Gallring page: dry run, the list of whose files would go, the confirmed deletion.</summary>
public class RetentionPageTests(AppFixture app) : AppTest(app)
{
    private const string Index = "/Admin/Retention";
    private const string DryRunPage = "/Admin/Retention/DryRun";
    private const string RunPage = "/Admin/Retention/Run";

    private static readonly DateOnly LongAgo = Date("2015-06-10");

    [Fact]
    public async Task ADryRun_ListsWhoseFilesWouldGo_WithTheirDates_AndDeletesNothing()
    {
        var due = await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1980, 3, 6)), "Gunnel", "Gallrad");
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1980, 3, 15)), "Frida", "Forskarsson");
        await App.AddPersonAsync(Today.AddYears(-1), firstName: "Nora", lastName: "Nyare");
        var admin = await SignInAsync("admin");

        var posted = await admin.SubmitFormAsync(Index, [], $"{Index}?handler=DryRun");

        posted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = posted.Headers.Location!.ToString();
        location.ShouldStartWith($"{DryRunPage}?run=");
        var page = await (await admin.GetAsync(location)).TextAsync();
        page.ShouldContain("Provkörningen");
        page.ShouldContain("Akter som en gallring skulle radera: 1. Rader: 1. Efter sista dagen: 1.");
        page.ShouldContain("Sparas: 1 för forskning, 0 som fortfarande används.");
        page.ShouldContain("Gallrad, Gunnel");
        page.ShouldContain(await PinOfAsync(due.Id));
        page.ShouldContain("2015-06-10");
        page.ShouldContain("2020-06-10");
        page.ShouldContain("2021-12-31");
        page.ShouldContain("ms-1\">Efter sista dagen</span>", Case.Sensitive);
        page.ShouldNotContain("Forskarsson");
        page.ShouldNotContain("Nyare");

        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(3);
        var trail = await db.AuditEntries.Where(e => e.Action == AuditAction.RetentionListViewed || e.Action == AuditAction.RetentionRun).ToListAsync();
        trail.ShouldContain(e => e.Action == AuditAction.RetentionListViewed && e.ApplicantId == due.Id && e.UserName == "admin");
        trail.Count(e => e.Action == AuditAction.RetentionListViewed).ShouldBe(1);
        trail.ShouldContain(e => e.Action == AuditAction.RetentionRun && e.ApplicantId == null && e.Detail!.StartsWith("dry run"));
    }

    [Fact]
    public async Task TheRunsTable_ShowsWhatEachRunDidAndKept()
    {
        await App.AddPersonAsync(LongAgo);
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1980, 3, 25)));
        var admin = await SignInAsync("admin");
        await admin.SubmitFormAsync(Index, [], $"{Index}?handler=DryRun");

        var page = await (await admin.GetAsync(Index)).TextAsync();

        page.ShouldContain("Senaste körningarna");
        page.ShouldContain("Provkörning");
        page.ShouldContain("Systemförvaltaren");
        page.ShouldContain("Klar");
        page.ShouldContain("Sökande: 1");
        page.ShouldContain("Den schemalagda gallringen är avstängd");
    }

    [Fact]
    public async Task TheDeletion_AsksFirst_ThenSaysWhatItDid()
    {
        var due = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(due.Id, LongAgo);
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1980, 3, 5)));
        var admin = await SignInAsync("admin");

        var confirm = await (await admin.GetAsync(RunPage)).TextAsync();
        confirm.ShouldContain("Akter som raderas ur alla tabeller, för alltid: 1.");
        confirm.ShouldContain("Sparas: 1 för forskning, 0 som fortfarande används.");
        await using (var db = App.NewDbContext())
        {
            (await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == due.Id)).ShouldBeTrue("showing the confirmation deletes nothing");
        }

        var done = await admin.SubmitFormAsync(RunPage, []);

        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldBe(Index);
        var page = await (await admin.GetAsync(Index)).TextAsync();
        await using var check = App.NewDbContext();
        var run = await check.RetentionRuns.SingleAsync();
        page.ShouldContain($"Gallringen är klar. Raderade akter: 1. Rader: {run.RowsTotal}. Sparas för forskning: 1. Sparas eftersom de används: 0.");
        run.RowsTotal.ShouldBeGreaterThan(15);
        (await check.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == due.Id)).ShouldBeFalse();
        (run.DryRun, run.Trigger, run.People).ShouldBe((false, RetentionTrigger.Administrator, 1));
        (await check.AuditEntries.SingleAsync(e => e.Action == AuditAction.RetentionRun)).UserName.ShouldBe("admin");
    }

    [Fact]
    public async Task WithNothingDue_TheDeletionSaysSo()
    {
        await App.AddPersonAsync(Today.AddYears(-1));
        var admin = await SignInAsync("admin");

        (await (await admin.GetAsync(RunPage)).TextAsync()).ShouldContain("Inga akter ska gallras i dag.");
        await admin.SubmitFormAsync(RunPage, []);

        (await (await admin.GetAsync(Index)).TextAsync()).ShouldContain("Gallringen är klar: inga akter skulle gallras och inget raderades.");
    }

    [Fact]
    public async Task TheList_IsPaged_AndEachPageTakesTheSameNumberOfQueries()
    {
        for (var i = 0; i < DryRunModelPageSize + 3; i++)
        {
            await App.AddPersonAsync(LongAgo.AddDays(i), lastName: $"Gallrad{i:D2}");
        }

        var admin = await SignInAsync("admin");
        App.Factory.Commands.Reset();
        var first = await (await admin.GetAsync(DryRunPage)).TextAsync();
        var firstQueries = App.Factory.Commands.Count;

        first.ShouldContain("Gallrad00");
        first.ShouldNotContain($"Gallrad{DryRunModelPageSize:D2}");
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/Admin/Retention/DryRun\\?after=[^\"]+)\"").Groups[1].Value;
        next.ShouldNotBeEmpty();
        App.Factory.Commands.Reset();
        var second = await (await admin.GetAsync(System.Net.WebUtility.HtmlDecode(next))).TextAsync();

        App.Factory.Commands.Count.ShouldBe(firstQueries);
        second.ShouldContain($"Gallrad{DryRunModelPageSize:D2}");
        second.ShouldContain($"Gallrad{DryRunModelPageSize + 2:D2}");
        second.ShouldNotContain("Gallrad00");
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("enhetschef.st")]
    [InlineData("chef")]
    [InlineData("jobbcoach")]
    public async Task OtherRoles_AreRefused_AndCannotRunIt(string userName)
    {
        var due = await App.AddPersonAsync(LongAgo);
        var user = await SignInAsync(userName);

        foreach (var url in new[] { Index, DryRunPage, RunPage })
        {
            var get = await user.GetAsync(url);
            get.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            get.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        foreach (var url in new[] { RunPage, $"{Index}?handler=DryRun" })
        {
            // A valid antiforgery token from a page the user may open: the refusal is the authorization's, not the token's.
            var post = await user.SubmitFormAsync("/Account/ChangePassword", [], url);
            post.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == due.Id)).ShouldBeTrue();
        (await db.RetentionRuns.AnyAsync()).ShouldBeFalse();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.RetentionListViewed)).ShouldBeFalse();
    }

    [Fact]
    public async Task SomeoneSignedOut_IsSentToSignIn()
    {
        var response = await Anonymous().GetAsync(DryRunPage);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    private const int DryRunModelPageSize = CaseWork.Web.Pages.Admin.Retention.DryRunModel.PageSize;

    private async Task<string> PinOfAsync(Guid applicantId)
    {
        await using var db = App.NewDbContext();
        var digits = await db.Applicants.IgnoreQueryFilters().Where(a => a.Id == applicantId).Select(a => a.PersonalIdentityNumber).SingleAsync();
        return $"{digits[..8]}-{digits[8..]}";
    }
}
