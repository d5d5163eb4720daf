using System.Net;
using CaseWork.Domain.Phrases;
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
}
