using System.Globalization;
using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Journal;

public class JournalPageTests(AppFixture app) : AppTest(app)
{
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task WriteADraft_SignIt_ThenCorrectIt_AndBothNotesPointAtEachOther()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var write = $"/Applicants/{applicant.Id}/Journal/Write";
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain($"href=\"{write}\"");

        var saved = await session.SubmitFormAsync(write, new()
        {
            ["Input.Kind"] = "PhoneCall", ["Input.EventDate"] = Iso(JournalNotes.Today.AddDays(-1)), ["Input.Text"] = "Ringde om sjukintyget.",
        });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var notePage = saved.Headers.Location!.ToString();
        var draft = await session.GetStringAsync(notePage);
        draft.ShouldContain("Utkastet är sparat. Det blir en del av journalen när det signeras.");
        draft.ShouldContain("Telefonsamtal");
        (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain("Ringde om sjukintyget.");

        await using var db = App.NewDbContext();
        var note = await db.JournalNotes.IgnoreQueryFilters().SingleAsync();
        var version = db.Entry(note).Property<uint>(JournalNoteConfiguration.VersionProperty).CurrentValue;
        var signed = await session.SubmitFormAsync(notePage, new() { ["Version"] = version.ToString(CultureInfo.InvariantCulture) }, $"{notePage}?handler=Sign");
        signed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync(notePage)).ShouldContain("Anteckningen är signerad.");

        var tamper = await session.SubmitFormAsync(notePage, new() { ["Input.Kind"] = "General", ["Input.EventDate"] = Iso(JournalNotes.Today), ["Input.Text"] = "Ändrad" }, $"{write}/{note.Id}");
        tamper.Headers.Location!.ToString().ShouldBe(notePage);

        // The note being corrected is part of the address, linked from the signed note.
        var correct = $"/Applicants/{applicant.Id}/Journal/{note.Id}/Correction";
        (await session.GetStringAsync(notePage)).ShouldContain($"href=\"{correct}\"");
        var correction = await session.SubmitFormAsync(correct, new()
        {
            ["Input.Kind"] = "General", ["Input.EventDate"] = Iso(JournalNotes.Today), ["Input.Text"] = "Rättelse: det gällde läkarintyget.",
        }, $"{correct}?handler=Sign");
        correction.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var correctionPage = await session.GetStringAsync(correction.Headers.Location!.ToString());
        correctionPage.ShouldContain("Den här anteckningen rättar");
        correctionPage.ShouldContain("Telefonsamtal");
        (await session.GetStringAsync(notePage)).ShouldContain("Den här anteckningen har rättats av");
        (await session.GetStringAsync(notePage)).ShouldContain("Ringde om sjukintyget.");

        await using var after = App.NewDbContext();
        (await after.JournalNotes.IgnoreQueryFilters().SingleAsync(n => n.Id == note.Id)).Text.ShouldBe("Ringde om sjukintyget.");
        (await after.AuditEntries.CountAsync(e => e.ApplicantId == applicant.Id && e.Action == AuditAction.JournalNoteSigned)).ShouldBe(2);
    }

    [Fact]
    public async Task CorrectingAnotherApplicantsNote_UnderThisApplicantsAddress_Is404_AndWritesNothing()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Egen");
        var another = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annan");
        var othersNote = await App.AddNoteAsync(another.Id, Org.UserIds["socialsekreterare.st"], JournalNotes.Today, text: "Den andras anteckning.");

        var session = await SignInAsync("socialsekreterare.st");
        var correct = $"/Applicants/{applicant.Id}/Journal/{othersNote.Id}/Correction";
        (await session.GetAsync(correct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var token = await session.FormFieldsAsync($"/Applicants/{applicant.Id}/Journal/Write", []);
        var posted = await session.PostAsync($"{correct}?handler=Sign", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token["__RequestVerificationToken"],
            ["Input.Kind"] = "General", ["Input.EventDate"] = Iso(JournalNotes.Today), ["Input.Text"] = "Rättelse i fel akt.",
        });
        posted.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        await using var after = App.NewDbContext();
        (await after.JournalNotes.IgnoreQueryFilters().CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task ANoteWrittenAfterMidnightInSweden_IsShownAtItsSwedishTime_WhateverZoneTheServerRunsIn()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var writtenAt = new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero); // 00:30 on the 21st in Stockholm (UTC+1)
        var note = JournalNote.Write(applicant.Id, Org.UserIds["socialsekreterare.st"], JournalNoteKind.General, new DateOnly(2026, 11, 21), "Ringde strax efter midnatt.", writtenAt, JournalNotes.Today);
        note.Sign(writtenAt);
        await using (var db = App.NewDbContext())
        {
            db.JournalNotes.Add(note);
            await db.SaveChangesAsync();
        }

        var session = await SignInAsync("socialsekreterare.st");
        var page = await session.GetStringAsync($"/Applicants/{applicant.Id}/Journal/{note.Id}");

        page.ShouldContain("2026-11-21 00:30");
        page.ShouldNotContain("2026-11-20 23:30");
    }

    [Fact]
    public async Task SaveAndSign_SignsTheNoteAtOnce()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var write = $"/Applicants/{applicant.Id}/Journal/Write";
        var form = await session.GetStringAsync(write);
        var signAction = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(form, "formaction=\"([^\"]+)\"").Groups[1].Value);
        signAction.ShouldContain("handler=Sign", customMessage: form);

        var saved = await session.SubmitFormAsync(write, new() { ["Input.Kind"] = "Visit", ["Input.EventDate"] = Iso(JournalNotes.Today), ["Input.Text"] = "Besök." }, signAction);

        (await session.GetStringAsync(saved.Headers.Location!.ToString())).ShouldContain("Anteckningen är signerad.");
    }

    [Fact]
    public async Task BadInput_GivesSwedishMessages_AndKeepsWhatWasTyped()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync("socialsekreterare.st");
        var write = $"/Applicants/{applicant.Id}/Journal/Write";

        var empty = await (await session.SubmitFormAsync(write, new() { ["Input.Kind"] = "Visit", ["Input.EventDate"] = Iso(JournalNotes.Today), ["Input.Text"] = " " })).TextAsync();
        empty.ShouldContain("Det finns ett problem");
        empty.ShouldContain("Skriv anteckningens text.");

        var future = await (await session.SubmitFormAsync(write, new()
        {
            ["Input.Kind"] = "Visit", ["Input.EventDate"] = Iso(JournalNotes.Today.AddDays(3)), ["Input.Text"] = "Hembesök planerat.",
        }, $"{write}?handler=Sign")).TextAsync();
        future.ShouldContain("Händelsedatumet kan inte ligga i framtiden.");
        future.ShouldContain("Hembesök planerat.");
        await using var db = App.NewDbContext();
        (await db.JournalNotes.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task UnitHeadAndManager_ReadButCannotWrite_OtherUnitGets404_CoachSeesNothing()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var note = await App.AddNoteAsync(applicant.Id, Org.UserIds["socialsekreterare.st"], JournalNotes.Today, text: "Besök på kontoret.");
        var notePage = $"/Applicants/{applicant.Id}/Journal/{note.Id}";
        var write = $"/Applicants/{applicant.Id}/Journal/Write";

        foreach (var reader in new[] { "enhetschef.st", "chef" })
        {
            var session = await SignInAsync(reader);
            await session.StateReasonAsync(applicant.Id);
            (await session.GetStringAsync(notePage)).ShouldContain("Besök på kontoret.");
            (await session.GetStringAsync($"/Applicants/{applicant.Id}")).ShouldContain("Besök på kontoret.");
            (await session.GetAsync(write)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
            (await session.GetStringAsync(notePage)).ShouldNotContain("Skriv en rättelse");
        }

        var other = await SignInAsync("socialsekreterare.hl");
        (await other.GetAsync(notePage)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(write)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var coach = await SignInAsync("jobbcoach");
        (await coach.GetAsync(notePage)).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await coach.GetAsync($"/Applicants/{applicant.Id}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}
