using System.Net;
using CaseWork.Domain.Phrases;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Phrases;

public class PhrasePickerTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";

    private async Task<Phrase> AddUnitPhraseAsync(string title, string text, PhraseUse use = PhraseUse.DecisionMotivation)
    {
        var phrase = Phrase.ForUnit(new PhraseKeeper(Org.UserIds["enhetschef.st"], Org.SpangaTenstaUnit, IsUnitHead: true), title, text, use, AppTime.UtcNow);
        await using var db = App.NewDbContext();
        db.Phrases.Add(phrase);
        await db.SaveChangesAsync();
        return phrase;
    }

    private async Task<int> UsageOfAsync(Guid phraseId)
    {
        await using var db = App.NewDbContext();
        return await db.Phrases.IgnoreQueryFilters().Where(p => p.Id == phraseId).Select(p => p.UsageCount).SingleAsync();
    }

    [Fact]
    public async Task WithoutScript_Infoga_AppendsTheFilledPhraseToTheMotivation_KeepingWhatWasTyped_AndCountsIt()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Åsa", "Lindqvist");
        var phrase = await AddUnitPhraseAsync("Utebliven närvaro", "{namn} har inte deltagit i {program} under {månad}.");
        await AddUnitPhraseAsync("Samtalsbedömning", "Bedömning.", PhraseUse.TalkAssessment);
        var session = await SignInAsync(Worker);
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";
        var form = await session.GetStringAsync(page);
        form.ShouldContain("Utebliven närvaro");
        form.ShouldNotContain("Samtalsbedömning");

        var response = await session.SubmitFormAsync(page, new()
        {
            ["Input.Month"] = "2026-11", ["Input.Attendance"] = "No", ["Input.JobApplications"] = "2", ["Input.Decision"] = "Reduced",
            ["Input.DecisionText"] = "Skrivet före.", ["Input.Comment"] = "Min kommentar", ["InsertPhraseId"] = phrase.Id.ToString(),
        }, $"{page}?handler=InsertPhrase");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redrawn = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        redrawn.ShouldContain("Skrivet före.\nÅsa Lindqvist har inte deltagit i {program} under november 2026.");
        redrawn.ShouldContain("Min kommentar");
        (await UsageOfAsync(phrase.Id)).ShouldBe(1);
        await using var db = App.NewDbContext();
        (await db.MonthlyChecks.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task TheUseEndpoint_CountsAnInsertion_OnlyOfAPhraseTheUserSees()
    {
        var phrase = await AddUnitPhraseAsync("Utebliven närvaro", "Text.");
        var worker = await SignInAsync(Worker);

        (await worker.SubmitFormAsync("/Phrases/Edit", [], $"/Phrases/{phrase.Id}/Use")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await UsageOfAsync(phrase.Id)).ShouldBe(1);

        var otherUnit = await SignInAsync("socialsekreterare.hl");
        (await otherUnit.SubmitFormAsync("/Phrases/Edit", [], $"/Phrases/{phrase.Id}/Use")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await worker.PostAsync($"/Phrases/{phrase.Id}/Use", new Dictionary<string, string>())).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await UsageOfAsync(phrase.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task TheJournalNote_OffersJournalPhrases_FilledFromTheCase_AndWithoutScriptAppendsOne()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Åsa", "Lindqvist");
        var plan = await App.AddActivePlanAsync(applicant);
        await App.AddReferralAsync(applicant, ReferralProgram.Resurs);
        var phrase = await AddUnitPhraseAsync("Planläge", "{namn} deltar i {program}; planen gäller {planperiod}, nästa uppföljning {uppföljning}; {okänd}.", PhraseUse.JournalNote);
        await AddUnitPhraseAsync("Utebliven närvaro", "Motivering.");
        var session = await SignInAsync(Worker);
        var page = $"/Applicants/{applicant.Id}/Journal/Write";
        var content = plan.Content;
        var filled = $"Åsa Lindqvist deltar i Jobbtorg Resurs; planen gäller {FollowUpArrangements.Iso(content.ValidFrom)}–{FollowUpArrangements.Iso(content.ValidTo)}, "
            + $"nästa uppföljning {FollowUpArrangements.Iso(plan.NextFollowUpOn!.Value)}; {{okänd}}.";

        var form = WebUtility.HtmlDecode(await session.GetStringAsync(page));
        form.ShouldContain(filled);
        form.ShouldNotContain("Utebliven närvaro");

        var response = await session.SubmitFormAsync(page, new()
        {
            ["Input.Kind"] = "General", ["Input.EventDate"] = FollowUpArrangements.Iso(AppTime.Today), ["Input.Text"] = "Skrivet före.",
            ["InsertPhraseId"] = phrase.Id.ToString(),
        }, $"{page}?handler=InsertPhrase");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("Skrivet före.\n" + filled);
        (await UsageOfAsync(phrase.Id)).ShouldBe(1);
        await using var db = App.NewDbContext();
        (await db.JournalNotes.IgnoreQueryFilters().AnyAsync(n => n.ApplicantId == applicant.Id)).ShouldBeFalse();
    }

    [Fact]
    public async Task TheTalk_OffersAssessmentPhrasesBesideBedomning_AndWithoutScriptAppendsOne()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Åsa", "Lindqvist");
        var phrase = await AddUnitPhraseAsync("Positiv utveckling", "{namn} tar ansvar för sin planering.", PhraseUse.TalkAssessment);
        await AddUnitPhraseAsync("Journalfras", "Journal.", PhraseUse.JournalNote);
        var session = await SignInAsync(Worker);
        var page = $"/Applicants/{applicant.Id}/FollowUps/Talk";
        var form = await session.GetStringAsync(page);
        form.ShouldContain("Positiv utveckling");
        form.ShouldNotContain("Journalfras");

        var response = await session.SubmitFormAsync(page, new()
        {
            ["Input.Kind"] = "ThreeParty", ["Input.HeldOn"] = FollowUpArrangements.Iso(AppTime.Today), ["Input.WhatCameUp"] = "Praktiken går bra.",
            ["Input.Assessment"] = "Skrivet före.", ["InsertPhraseId"] = phrase.Id.ToString(),
        }, $"{page}?handler=InsertPhrase");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var redrawn = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        redrawn.ShouldContain("Skrivet före.\nÅsa Lindqvist tar ansvar för sin planering.");
        redrawn.ShouldContain("Praktiken går bra.");
        await using var db = App.NewDbContext();
        (await db.FollowUpTalks.IgnoreQueryFilters().AnyAsync(t => t.ApplicantId == applicant.Id)).ShouldBeFalse();
    }
}
