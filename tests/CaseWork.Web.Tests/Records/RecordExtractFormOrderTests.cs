using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Investigations;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Records;

/// <summary>
/// The record extract shows each record's fields in the order and with the labels of the form they were entered
/// through. The form's labels are read from the form as it is drawn, not copied into the test: the extract's first
/// fields (those of the form; who and when follow) must be the form's labels, in its order.
/// </summary>
public class RecordExtractFormOrderTests(AppFixture app) : AppTest(app)
{
    private static readonly HtmlParser Parser = new();

    /// <param name="group">For a record a row holds in a jsonb column: the label of that column.</param>
    [Theory]
    [InlineData("monthly_checks", null, "FollowUps/MonthlyCheck", 7)]
    [InlineData("follow_up_talks", null, "FollowUps/Talk", 10)]
    [InlineData("journal_notes", null, "Journal/Write", 3)]
    [InlineData("referrals", null, "Referrals/Create", 10)]
    [InlineData("work_plan_versions", "Innehåll", "WorkPlans/Edit", 7)]
    [InlineData("basic_investigations", "Avsnitt", "Investigations/Edit", 8)]
    public async Task ARecord_ShowsTheFormsLabels_InTheFormsOrder(string table, string? group, string form, int fieldsOnTheForm)
    {
        var (person, blank) = await FilesAsync();
        var formLabels = await FormLabelsAsync($"/Applicants/{blank}/{form}");

        var extractLabels = await ExtractLabelsAsync(person, table, group);

        FromTheForm(extractLabels, formLabels).ShouldBe(
            extractLabels.Take(fieldsOnTheForm).ToList(), $"{table}: extract {string.Join(" | ", extractLabels)}; form {string.Join(" | ", formLabels)}");
    }

    /// <summary>The extract's labels from the first, as long as they follow each other among the form's labels.</summary>
    private static List<string> FromTheForm(List<string> extract, List<string> form)
    {
        var matched = new List<string>();
        var at = 0;
        foreach (var label in extract)
        {
            var found = -1;
            for (var i = at; i < form.Count; i++)
            {
                if (form[i] == label)
                {
                    found = i;
                    break;
                }
            }

            if (found < 0)
            {
                break;
            }

            matched.Add(label);
            at = found + 1;
        }

        return matched;
    }

    /// <summary>Every label and legend of the page's form, in the order the form shows them.</summary>
    private async Task<List<string>> FormLabelsAsync(string url)
    {
        var worker = await SignInAsync(Worker);
        var document = Parser.ParseDocument(await worker.GetStringAsync(url));
        return document.QuerySelectorAll("main form label, main form legend").Select(e => Text(e)).Where(t => t.Length > 0).ToList();
    }

    /// <summary>The labels of the first row of the table's section of the print, or of the record that row holds under <paramref name="group"/>.</summary>
    private async Task<List<string>> ExtractLabelsAsync(Guid person, string table, string? group)
    {
        var admin = await SignInAsync("admin");
        var document = Parser.ParseDocument(await admin.GetStringAsync($"/Admin/Records/{person}"));
        var row = document.QuerySelector($"#extract-{table} .extract-row > dl.extract-fields");
        row.ShouldNotBeNull(table);
        if (group is not null)
        {
            var term = row.Children.Where(c => c.LocalName == "dt").SingleOrDefault(c => Text(c) == group);
            term.ShouldNotBeNull($"{table}: {group}");
            row = term.NextElementSibling!.QuerySelector("dl.extract-fields");
            row.ShouldNotBeNull($"{table}: {group}");
        }

        return row.Children.Where(c => c.LocalName == "dt").Select(c => Text(c)).ToList();
    }

    private static string Text(IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A person with one record of each kind, every field of its form filled in; and a person with nothing, whose forms are blank.</summary>
    private async Task<(Guid Person, Guid Blank)> FilesAsync()
    {
        var person = await App.AddPersonAsync(Today.AddYears(-1));
        var blank = await App.AddPersonAsync(Today.AddYears(-1), firstName: "Tom", lastName: "Tomsson");
        var worker = Org.UserIds[Worker];
        var on = Today.AddDays(-3);
        var at = Noon(on);
        await using var db = App.NewDbContext();
        var applicant = await db.Applicants.IgnoreQueryFilters().SingleAsync(a => a.Id == person.Id);

        var note = JournalNote.Write(person.Id, worker, JournalNoteKind.General, on, "Besök på kontoret.", at, on);
        var check = MonthlyCheck.Record(person.Id, worker, new MonthlyCheckFacts(on, Attendance.Partly, 9, 6, AidDecision.Reduced, "Uteblev utan giltigt skäl.", "Har börjat söka lagerjobb."), at, on);
        var checkNote = JournalNote.Write(person.Id, worker, JournalNoteKind.MonthlyCheck, on, "Månadsuppföljning.", at, on);
        check.WrittenInJournalAs(checkNote.Id);
        var talk = FollowUpTalk.Record(person.Id, worker, new FollowUpTalkFacts(
            FollowUpTalkKind.ThreeParty, on, true, true, true, "Arbetsförmedlingen", "Praktik diskuterades.", "Redo för praktik.", true, on.AddMonths(3)), at, on);
        var talkNote = JournalNote.Write(person.Id, worker, JournalNoteKind.ThreePartyTalk, on, "Trepartssamtal.", at, on);
        talk.WrittenInJournalAs(talkNote.Id);
        db.JournalNotes.AddRange(note, checkNote, talkNote);
        db.MonthlyChecks.Add(check);
        db.FollowUpTalks.Add(talk);

        var content = new PlanContent(on, on.AddMonths(6), on.AddMonths(1), "Arbete som undersköterska i Spånga inom ett år",
            [new Subgoal(Guid.NewGuid(), "Gå vårdutbildning", "Godkänd kurs", on.AddMonths(2), SubgoalStatus.InProgress,
                [new PlanActivity(Guid.NewGuid(), "Anmäla sig till kursen", ActivityOwner.Other, "Studievägledaren", on.AddDays(14))])],
            ["Söka tio jobb i månaden"], ["Coach"]);
        var plan = WorkPlan.StartDraft(person.Id, content, at);
        plan.Activate(new PlanAgreementInput(on, AgreementMethod.InMeeting, true, null), Worker, at);
        db.WorkPlans.Add(plan);

        db.BasicInvestigations.Add(BasicInvestigation.Start(person.Id, worker,
            new InvestigationSections("Lager", "Gymnasium", "God", "Frisk", "Inga", "Van vid truck", "Vill arbeta", "Kan arbeta heltid."), at));

        var centre = await db.JobCentres.Where(c => c.Name == DemoOrganisation.JobbtorgKista).Select(c => c.Id).SingleAsync();
        db.Referrals.Add(Referral.Send(
            new ReferralRequest(person.Id, applicant.DistrictId, centre, ReferralProgram.Jobbtorg, "Arbetslös.", 100, "svenska", "Jobbplan.",
                new ReferralConsent(true, on, ConsentScope.WorkPlan), on),
            worker, at, on));
        await db.SaveChangesAsync();
        return (person.Id, blank.Id);
    }
}
