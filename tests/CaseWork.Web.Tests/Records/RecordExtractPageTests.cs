using System.Net;
using System.Text.Json;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Retention;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Records;

/// <summary>The administrator's record extract (registerutdrag): the search, the print, the JSON file, the audit and the refusals.</summary>
public class RecordExtractPageTests(AppFixture app) : AppTest(app)
{
    private const string Search = "/Admin/Records";

    private static string Print(Guid personId) => $"/Admin/Records/{personId}";

    private static string Json(Guid personId) => $"/Admin/Records/{personId}?handler=Json";

    [Fact]
    public async Task TheSearch_FindsThePerson_AndOpensTheExtractByIdNotByNumber()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        var admin = await SignInAsync("admin");

        var found = await admin.SubmitFormAsync(Search, new() { ["Number"] = Display(person) });

        found.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = found.Headers.Location!.OriginalString;
        location.ShouldBe(Print(person.Id));
        location.ShouldNotContain(person.PersonalIdentityNumber[2..8]);
    }

    [Fact]
    public async Task ACoordinationNumber_FindsThePerson_InAnyForm()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1), Pin(new DateOnly(1985, 4, 9), coordination: true));
        var admin = await SignInAsync("admin");

        var found = await admin.SubmitFormAsync(Search, new() { ["Number"] = person.PersonalIdentityNumber[2..] });

        found.Headers.Location!.OriginalString.ShouldBe(Print(person.Id));
    }

    [Fact]
    public async Task ThePrint_ShowsThePerson_EveryKindOfRecord_AndWhoReadTheFile()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1), firstName: "Gunnel", lastName: "Gallrad");
        await App.AddEveryKindOfRecordAsync(person.Id, Date("2025-03-14"));
        var admin = await SignInAsync("admin");

        var html = await (await admin.GetAsync(Print(person.Id))).TextAsync();

        html.ShouldContain("<h1 class=\"h3\">Registerutdrag</h1>", Case.Sensitive);
        html.ShouldContain("Gunnel Gallrad");
        html.ShouldContain(Display(person));
        html.ShouldContain("av Eva Norberg.");
        foreach (var heading in new[] { "Sökande", "Biståndsmånader", "Journalanteckningar", "Arbetsplaner", "Planversioner", "Grundutredningar", "Remisser", "Insatser", "Åtgärder från ärendegenomgångar", "Åtkomst till akten" })
        {
            html.ShouldContain($"{heading} <span", customMessage: heading);
        }

        html.ShouldContain("Besök på kontoret, med tolk.");
        html.ShouldContain("Jag hade ingen tolk.");
        html.ShouldContain("Arbete som undersköterska i Spånga inom ett år");
        html.ShouldContain("Söka femton jobb i månaden");
        html.ShouldHaveField("Händelsedatum", "2025-03-14"); // the journal form's label
        html.ShouldHaveField("Författare", "Sara Lindqvist");
        html.ShouldHaveField("Jobbtorg", "Jobbtorg Kista");
        html.ShouldHaveField("Stadsdel", "Spånga-Tensta");
        html.ShouldHaveField("Beslut", "Beviljat");
        html.ShouldHaveField("Samtycke givet", "Ja");
        html.ShouldHaveField("Gatuadress", "Gamla vägen 1");
        html.ShouldNotContain("Tog fram ett registerutdrag", customMessage: "the print's own read is not in it yet");
        html.ShouldContain("Öppnade akten");
        html.ShouldNotMatch("<dt>Alla?</dt>", "an investigation's derived list of all sections is the sections again");
    }

    [Fact]
    public async Task ThePrint_LeavesOutInternalIds_AndSaysWhenASectionIsEmpty()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(person.Id, Today.AddDays(-3));
        var bare = await App.AddPersonAsync(Today.AddYears(-1), firstName: "Tom", lastName: "Tomsson");
        var admin = await SignInAsync("admin");

        var html = await (await admin.GetAsync(Print(person.Id))).TextAsync();
        var empty = await (await admin.GetAsync(Print(bare.Id))).TextAsync();

        await using var db = App.NewDbContext();
        var noteIds = await db.JournalNotes.IgnoreQueryFilters().Where(n => n.ApplicantId == person.Id).Select(n => n.Id).ToListAsync();
        noteIds.ShouldNotBeEmpty();
        noteIds.ShouldAllBe(id => !html.Contains(id.ToString()));
        html.ShouldNotContain(Org.UserIds[Worker]);
        empty.ShouldContain("Tomsson");
        empty.ShouldContain("Inget registrerat");
    }

    [Fact]
    public async Task LongTexts_KeepTheirLineBreaks()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        await using (var db = App.NewDbContext())
        {
            db.JournalNotes.Add(Domain.Journal.JournalNote.Write(person.Id, Org.UserIds[Worker], Domain.Journal.JournalNoteKind.General, Today, "Första raden.\nAndra raden.", Noon(Today), Today));
            await db.SaveChangesAsync();
        }

        var admin = await SignInAsync("admin");

        var html = await (await admin.GetAsync(Print(person.Id))).TextAsync();

        html.ShouldMatch("<span class=\"extract-lines\">Första raden\\.(\n|&#xA;)Andra raden\\.</span>");
    }

    [Fact]
    public async Task TheJsonFile_HoldsThePerson_EveryTable_AndTheAccessLog()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1), firstName: "Gunnel", lastName: "Gallrad");
        await App.AddEveryKindOfRecordAsync(person.Id, Today.AddDays(-3));
        var admin = await SignInAsync("admin");

        var response = await admin.GetAsync(Json(person.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"registerutdrag-{AppTime.Now:yyyy-MM-dd}.json");
        var text = await response.Content.ReadAsStringAsync();
        text.ShouldContain("Besök på kontoret");
        text.ShouldContain("\n  \"person\": {", Case.Sensitive, "indented");
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        root.GetProperty("producedBy").GetProperty("userName").GetString().ShouldBe("admin");
        root.GetProperty("producedBy").GetProperty("name").GetString().ShouldBe("Eva Norberg");
        root.GetProperty("producedAt").GetDateTimeOffset().ShouldBe(AppTime.UtcNow, TimeSpan.FromMinutes(5));
        var who = root.GetProperty("person");
        (who.GetProperty("id").GetGuid(), who.GetProperty("firstName").GetString(), who.GetProperty("lastName").GetString())
            .ShouldBe((person.Id, "Gunnel", "Gallrad"));
        who.GetProperty("personalIdentityNumber").GetString().ShouldBe(Display(person));
        var tables = root.GetProperty("tables");
        foreach (var (table, _) in PersonDeletion.Tables)
        {
            tables.GetProperty(table).GetArrayLength().ShouldBeGreaterThan(0, table);
        }

        tables.GetProperty("applicants")[0].GetProperty("id").GetGuid().ShouldBe(person.Id);
        root.GetProperty("accessLog").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task ThePrintAndTheFile_AreEachWrittenToTheAuditLog_WithTheApplicantId()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        var admin = await SignInAsync("admin");

        await admin.GetStringAsync(Print(person.Id));
        await admin.GetStringAsync(Json(person.Id));

        await using var db = App.NewDbContext();
        var entries = await db.AuditEntries.Where(e => e.Action == AuditAction.RecordExtractProduced).OrderBy(e => e.Id).ToListAsync();
        entries.Select(e => (e.ApplicantId, e.UserName, e.Detail)).ShouldBe([(person.Id, "admin", "print"), (person.Id, "admin", "json file")]);
        entries.ShouldAllBe(e => !e.Detail!.Contains(person.PersonalIdentityNumber));
    }

    [Fact]
    public async Task TheAccessLog_ShowsTheExtract_AsAReadOutsideTheCaseload()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        var admin = await SignInAsync("admin");
        await admin.GetStringAsync(Print(person.Id));
        var head = await SignInAsync("enhetschef.st");
        var today = AppTime.Now.Date.ToString("yyyy-MM-dd");

        var html = await head.GetStringAsync($"/AccessLog?from={today}&to={today}&kind=Read&flaggedOnly=true");

        html.ShouldContain("Tog fram ett registerutdrag");
        html.ShouldContain("Gallrad, Gunnel");
        html.ShouldContain("Utanför egen ärendebalans");
    }

    [Fact]
    public async Task APersonWithProtectedIdentity_CanBeExtracted()
    {
        var person = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Nora", "Sky", assignedWorker: Org.UserIds[Worker], protectedIdentity: true);
        var admin = await SignInAsync("admin");

        var found = await admin.SubmitFormAsync(Search, new() { ["Number"] = Display(person) });
        var html = await (await admin.GetAsync(found.Headers.Location!.OriginalString)).TextAsync();

        html.ShouldContain("Nora Sky");
        html.ShouldContain("Skyddad identitet");
        html.ShouldContain("Hemliga vägen 7");
    }

    [Theory]
    [InlineData("", "Ange personnummer.")]
    [InlineData("1980-03-06", "Skriv personnumret som ÅÅÅÅMMDD-XXXX eller ÅÅMMDD-XXXX.")]
    [InlineData("19801306-1234", "Personnumret innehåller inget giltigt datum.")]
    [InlineData("nobody", "Ingen med det numret finns i CaseWork.")]
    public async Task BadInput_IsShownAtTheField_UnderAProblemSummary(string number, string message)
    {
        await App.AddPersonAsync(Today.AddYears(-1));
        number = number == "nobody" ? Pin(new DateOnly(1990, 1, 2)) : number;
        var admin = await SignInAsync("admin");

        var response = await admin.SubmitFormAsync(Search, new() { ["Number"] = number });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.TextAsync();
        html.ShouldContain("Det finns ett problem");
        html.ShouldContain($"<a class=\"alert-link\" href=\"#Number\">{message}</a>", Case.Sensitive);
        html.ShouldContain("id=\"Number-error\"");
        html.ShouldContain("aria-invalid=\"true\"");
        await using var db = App.NewDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.RecordExtractProduced)).ShouldBeFalse();
    }

    [Fact]
    public async Task AnIdOfNobody_IsNotFound()
    {
        var admin = await SignInAsync("admin");

        (await admin.GetAsync(Print(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(Json(Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("socialsekreterare.st")]
    [InlineData("enhetschef.st")]
    [InlineData("chef")]
    [InlineData("loggkontroll")]
    [InlineData("jobbcoach")]
    public async Task OtherRoles_AreRefused_ThePageThePrintAndTheFile(string userName)
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(person.Id, Today.AddDays(-3));
        var user = await SignInAsync(userName);

        foreach (var url in new[] { Search, Print(person.Id), Json(person.Id) })
        {
            var get = await user.GetAsync(url);
            get.StatusCode.ShouldBe(HttpStatusCode.Redirect, url);
            get.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied", customMessage: url);
        }

        // A valid antiforgery token from a page the user may open: the refusal is the authorization's, not the token's.
        var post = await user.SubmitFormAsync("/Account/ChangePassword", new() { ["Number"] = Display(person) }, Search);
        post.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        post.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        await using var db = App.NewDbContext();
        (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.RecordExtractProduced)).ShouldBeFalse();
    }

    [Fact]
    public async Task SomeoneSignedOut_IsSentToSignIn()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));

        var response = await Anonymous().GetAsync(Print(person.Id));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task TheExtract_TakesAFixedNumberOfQueries_HoweverMuchTheFileHolds()
    {
        var bare = await App.AddPersonAsync(Today.AddYears(-1));
        var full = await App.AddPersonAsync(Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(full.Id, Today.AddDays(-40));
        await App.AddEveryKindOfRecordAsync(full.Id, Today.AddDays(-3));
        var admin = await SignInAsync("admin");
        await admin.GetStringAsync(Print(bare.Id));

        App.Factory.Commands.Reset();
        await admin.GetStringAsync(Print(bare.Id));
        var forBare = App.Factory.Commands.Count;
        App.Factory.Commands.Reset();
        await admin.GetStringAsync(Print(full.Id));
        var forFull = App.Factory.Commands.Count;

        forFull.ShouldBe(forBare);
        forFull.ShouldBeLessThanOrEqualTo(5, "the session check, the file, the names, the audit row");
    }

    private static string Display(Applicant person) => $"{person.PersonalIdentityNumber[..8]}-{person.PersonalIdentityNumber[8..]}";
}

internal static class ExtractHtml
{
    /// <summary>The print shows the value under the label, in one of its lists of labels and values.</summary>
    public static void ShouldHaveField(this string html, string label, string value) =>
        html.ShouldMatch($"<dt>{System.Text.RegularExpressions.Regex.Escape(label)}</dt>\\s*<dd>\\s*<span>{System.Text.RegularExpressions.Regex.Escape(value)}</span>", $"{label}: {value}");
}
