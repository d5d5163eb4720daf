using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Journal;

/// <summary>The applicant's objection to a note is attached to it; the note itself stays as written.</summary>
public class NoteObjectionPageTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";

    private static string Today => AppTime.Now.Date.ToString("yyyy-MM-dd");

    [Fact]
    public async Task AnObjection_IsAttachedToTheSignedNote_AndShownWithIt()
    {
        var (applicantId, noteId) = await SignedNoteAsync();
        var worker = await SignInAsync(Worker);
        var page = $"/Applicants/{applicantId}/Journal/{noteId}";

        var saved = await worker.SubmitFormAsync(page, new() { ["ObjectionText"] = "Jag var sjuk den dagen och ringde in.", ["ObjectionReceivedOn"] = Today }, $"{page}?handler=Objection");

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await worker.GetStringAsync(page);
        html.ShouldContain("Invändningen är sparad och fäst vid anteckningen.");
        html.ShouldContain("Jag var sjuk den dagen och ringde in.");
        html.ShouldContain("Sökanden uteblev från mötet.");
        (await worker.GetStringAsync($"/Applicants/{applicantId}")).ShouldContain("Invändning");
        await using var db = App.NewDbContext();
        (await db.JournalNotes.IgnoreQueryFilters().SingleAsync(n => n.Id == noteId)).Text.ShouldBe("Sökanden uteblev från mötet.");
        (await db.AuditEntries.CountAsync(e => e.Action == AuditAction.NoteObjectionRecorded && e.ApplicantId == applicantId)).ShouldBe(1);
    }

    [Fact]
    public async Task BadInput_IsExplainedNextToTheField_AndTheTextIsKept()
    {
        var (applicantId, noteId) = await SignedNoteAsync();
        var worker = await SignInAsync(Worker);
        var page = $"/Applicants/{applicantId}/Journal/{noteId}";

        var empty = await (await worker.SubmitFormAsync(page, new() { ["ObjectionText"] = " ", ["ObjectionReceivedOn"] = Today }, $"{page}?handler=Objection")).TextAsync();
        var future = await (await worker.SubmitFormAsync(page, new() { ["ObjectionText"] = "Det stämmer inte.", ["ObjectionReceivedOn"] = AppTime.Now.Date.AddDays(3).ToString("yyyy-MM-dd") }, $"{page}?handler=Objection")).TextAsync();
        var badDate = await (await worker.SubmitFormAsync(page, new() { ["ObjectionText"] = "Det stämmer inte.", ["ObjectionReceivedOn"] = "igår" }, $"{page}?handler=Objection")).TextAsync();

        empty.ShouldContain("Det finns ett problem");
        empty.ShouldContain("Skriv vad den enskilde invänder mot.");
        empty.ShouldContain("href=\"#ObjectionText\"");
        future.ShouldContain("Dagen då invändningen gjordes kan inte ligga i framtiden.");
        future.ShouldContain("Det stämmer inte.</textarea>");
        badDate.ShouldContain("Gjord den ska vara ett datum som ÅÅÅÅ-MM-DD.");
        await using var db = App.NewDbContext();
        (await db.NoteObjections.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AManager_WhoNeverEditsCases_CannotRecordAnObjection()
    {
        var (applicantId, noteId) = await SignedNoteAsync();
        var manager = await SignInAsync("chef");
        await manager.StateReasonAsync(applicantId);
        var page = $"/Applicants/{applicantId}/Journal/{noteId}";

        var html = await manager.GetStringAsync(page);
        var response = await manager.SubmitFormAsync(page, new() { ["ObjectionText"] = "Fel", ["ObjectionReceivedOn"] = Today }, $"{page}?handler=Objection");

        html.ShouldNotContain("Fäst invändningen vid anteckningen");
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        await using var db = App.NewDbContext();
        (await db.NoteObjections.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task AWorkerOfAnotherUnit_FindsNoNote()
    {
        var (applicantId, noteId) = await SignedNoteAsync();
        var other = await SignInAsync("socialsekreterare.hl");
        var page = $"/Applicants/{applicantId}/Journal/{noteId}";

        var response = await other.PostAsync($"{page}?handler=Objection", new() { ["ObjectionText"] = "Fel", ["ObjectionReceivedOn"] = Today });

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.BadRequest);
        await using var db = App.NewDbContext();
        (await db.NoteObjections.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    private async Task<(Guid ApplicantId, Guid NoteId)> SignedNoteAsync()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var note = await App.AddNoteAsync(applicant.Id, Org.UserIds[Worker], JournalNotes.Today, text: "Sökanden uteblev från mötet.");
        return (applicant.Id, note.Id);
    }
}
