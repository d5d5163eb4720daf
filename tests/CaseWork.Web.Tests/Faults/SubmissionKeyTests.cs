using System.Net;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Infrastructure.Submissions;
using CaseWork.Web.Tests.Infrastructure;
using static CaseWork.Web.Tests.Faults.NoteForms;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Faults;

/// <summary>Every form a page shows carries a key; the same form sent again is never saved twice.</summary>
public class SubmissionKeyTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";

    [Fact]
    public async Task TheSameNote_SentTwice_IsSavedOnce_AndTheSecondSendLandsWhereTheFirstDid_SayingSo()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(Worker);
        var form = await session.FormFieldsAsync(WritePage(applicant.Id), Note("Ringde om läkarintyget."));
        form.ShouldContainKey(HttpSession.SubmissionKeyField);

        var first = await session.PostAsync(WritePage(applicant.Id), form);
        var second = await session.PostAsync(WritePage(applicant.Id), form);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect, await first.TextAsync());
        second.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        second.Headers.Location.ShouldBe(first.Headers.Location);
        (await session.GetStringAsync(second.Headers.Location!.ToString())).ShouldContain("Formuläret var redan sparat. Inget sparades två gånger.");
        (await NotesWithTextAsync("Ringde om läkarintyget.")).ShouldBe(1);
    }

    [Fact]
    public async Task TheSameForm_SentTwiceAtOnce_IsSavedOnce_AndNeitherSendFails()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(Worker);
        var form = await session.FormFieldsAsync(WritePage(applicant.Id), Note("Dubbelklick på Spara."));

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => session.PostAsync(WritePage(applicant.Id), form)));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Redirect);
        (await NotesWithTextAsync("Dubbelklick på Spara.")).ShouldBe(1);
    }

    [Fact]
    public async Task AFormTurnedBackForBadInput_KeepsItsKey_SoTheCorrectedSendIsSaved()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(Worker);
        var form = await session.FormFieldsAsync(WritePage(applicant.Id), Note(" "));

        var refused = await session.PostAsync(WritePage(applicant.Id), form);
        (await refused.TextAsync()).ShouldContain("Det finns ett problem");
        form["Input.Text"] = "Rättad text efter felmeddelandet.";
        var saved = await session.PostAsync(WritePage(applicant.Id), form);

        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await NotesWithTextAsync("Rättad text efter felmeddelandet.")).ShouldBe(1);
    }

    [Fact]
    public async Task EachShowingOfAForm_GivesANewKey_SoTwoNotesWrittenInTurnAreBothSaved()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var session = await SignInAsync(Worker);

        var one = await session.FormFieldsAsync(WritePage(applicant.Id), Note("Samma text."));
        (await session.PostAsync(WritePage(applicant.Id), one)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var two = await session.FormFieldsAsync(WritePage(applicant.Id), Note("Samma text."));
        (await session.PostAsync(WritePage(applicant.Id), two)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        two[HttpSession.SubmissionKeyField].ShouldNotBe(one[HttpSession.SubmissionKeyField]);
        (await NotesWithTextAsync("Samma text.")).ShouldBe(2);
    }

    [Fact]
    public async Task AKey_IsStoredWithTheFirstSaveOfCaseData_NotWithASaveOfAuditRowsAlone()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var worker = Org.UserIds[Worker];
        var key = Guid.NewGuid();
        await using var db = App.NewDbContext();
        db.Submission = new PendingSubmission(key, worker, AppTime.UtcNow);

        db.AuditEntries.Add(new AuditEntry(AppTime.UtcNow, worker, Worker, AuditAction.ApplicantViewed, applicant.Id, "read only"));
        await db.SaveChangesAsync();
        (await db.FormSubmissions.AnyAsync(s => s.Key == key)).ShouldBeFalse("a search or an export writes only the access log and may be sent again");

        db.JournalNotes.Add(JournalNote.Write(applicant.Id, worker, JournalNoteKind.General, AppTime.Today, "Text.", AppTime.UtcNow, AppTime.Today));
        await db.SaveChangesAsync();
        (await db.FormSubmissions.AnyAsync(s => s.Key == key)).ShouldBeTrue();
    }

    private async Task<int> NotesWithTextAsync(string text)
    {
        await using var db = App.NewDbContext();
        return await db.JournalNotes.IgnoreQueryFilters().CountAsync(n => n.Text == text);
    }
}
