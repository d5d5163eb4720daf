using System.Globalization;
using System.Net;
using CaseWork.Domain.Access;
using CaseWork.Domain.Phrases;
using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Phrases;

public class PhrasePageTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";
    private const string Head = "enhetschef.st";

    private static Dictionary<string, string> Fields(string title, string text, string use = "DecisionMotivation", bool forUnit = false, uint version = 0) => new()
    {
        ["Input.Title"] = title, ["Input.Text"] = text, ["Input.Use"] = use, ["Input.ForUnit"] = forUnit ? "true" : "false",
        ["Input.Version"] = version.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<uint> VersionOfAsync(Guid phraseId)
    {
        await using var db = App.NewDbContext();
        var phrase = await db.Phrases.IgnoreQueryFilters().SingleAsync(p => p.Id == phraseId);
        return db.Entry(phrase).Property<uint>(PhraseConfiguration.VersionProperty).CurrentValue;
    }

    private static void ShouldBeRefused(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Redirect);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    private async Task<Phrase> OnlyPhraseAsync(string title)
    {
        await using var db = App.NewDbContext();
        return await db.Phrases.IgnoreQueryFilters().AsNoTracking().SingleAsync(p => p.Title == title);
    }

    [Fact]
    public async Task AWorker_WritesChangesAndDeletesTheirOwnPhrase_AndNoColleagueSeesIt()
    {
        var session = await SignInAsync(Worker);

        var created = await session.SubmitFormAsync("/Phrases/Edit", Fields("Oförändrad närvaro", "{namn} har deltagit i {program} under {månad}."));
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var list = await session.GetStringAsync("/Phrases");
        list.ShouldContain("Frasen är sparad.");
        list.ShouldContain("Oförändrad närvaro");
        list.ShouldContain("Beslutsmotivering");
        var phrase = await OnlyPhraseAsync("Oförändrad närvaro");
        phrase.OwnerId.ShouldBe(Org.UserIds[Worker]);
        phrase.IsUnitPhrase.ShouldBeFalse();

        var colleague = await SignInAsync(await App.CreateUserAsync(Roles.SocialWorker));
        (await colleague.GetStringAsync("/Phrases")).ShouldNotContain("Oförändrad närvaro");
        (await colleague.GetAsync($"/Phrases/Edit/{phrase.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.SubmitFormAsync("/Phrases/Edit", Fields("Kapad", "Kapad"), $"/Phrases/Edit/{phrase.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await colleague.SubmitFormAsync("/Phrases/Edit", [], $"/Phrases/Edit/{phrase.Id}?handler=Delete")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var head = await SignInAsync(Head);
        (await head.GetStringAsync("/Phrases")).ShouldNotContain("Oförändrad närvaro");

        var edit = $"/Phrases/Edit/{phrase.Id}";
        (await session.GetStringAsync(edit)).ShouldContain("{namn} har deltagit");
        var changed = await session.SubmitFormAsync(edit, Fields("Oförändrad närvaro", "{namn} deltar som planerat.", "JournalNote", version: await VersionOfAsync(phrase.Id)));
        changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OnlyPhraseAsync("Oförändrad närvaro")).Text.ShouldBe("{namn} deltar som planerat.");

        var deleted = await session.SubmitFormAsync(edit, [], $"{edit}?handler=Delete");
        deleted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await session.GetStringAsync("/Phrases")).ShouldContain("Frasen är borttagen.");
        await using var db = App.NewDbContext();
        (await db.Phrases.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task TheUnitHead_KeepsTheUnitsPhrases_AndAWorkerUsesButCannotChangeThem()
    {
        var head = await SignInAsync(Head);
        (await head.GetStringAsync("/Phrases/Edit")).ShouldContain("for=\"Input_ForUnit\"");
        (await head.SubmitFormAsync("/Phrases/Edit", Fields("Trepartssamtal", "Samtal {datum} med {namn}.", "TalkAssessment", forUnit: true)))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var phrase = await OnlyPhraseAsync("Trepartssamtal");
        phrase.IsUnitPhrase.ShouldBeTrue();
        phrase.UnitId.ShouldBe(Org.SpangaTenstaUnit);

        var worker = await SignInAsync(Worker);
        var list = await worker.GetStringAsync("/Phrases");
        list.ShouldContain("Trepartssamtal");
        list.ShouldContain("Enheten");
        list.ShouldNotContain($"/Phrases/Edit/{phrase.Id}");
        ShouldBeRefused(await worker.GetAsync($"/Phrases/Edit/{phrase.Id}"));
        ShouldBeRefused(await worker.SubmitFormAsync("/Phrases/Edit", Fields("Ändrad", "Ändrad", "TalkAssessment", forUnit: true), $"/Phrases/Edit/{phrase.Id}"));
        ShouldBeRefused(await worker.SubmitFormAsync("/Phrases/Edit", [], $"/Phrases/Edit/{phrase.Id}?handler=Delete"));
        (await OnlyPhraseAsync("Trepartssamtal")).Text.ShouldBe("Samtal {datum} med {namn}.");

        var otherUnit = await SignInAsync("socialsekreterare.hl");
        (await otherUnit.GetStringAsync("/Phrases")).ShouldNotContain("Trepartssamtal");
        (await otherUnit.GetAsync($"/Phrases/Edit/{phrase.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await head.SubmitFormAsync($"/Phrases/Edit/{phrase.Id}", Fields("Trepartssamtal", "Samtal {datum}.", "TalkAssessment", forUnit: true, version: await VersionOfAsync(phrase.Id))))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await OnlyPhraseAsync("Trepartssamtal")).Text.ShouldBe("Samtal {datum}.");
    }

    [Fact]
    public async Task AWorker_CannotWriteAPhraseForTheWholeUnit()
    {
        var worker = await SignInAsync(Worker);
        (await worker.GetStringAsync("/Phrases/Edit")).ShouldNotContain("for=\"Input_ForUnit\"");

        var response = await worker.SubmitFormAsync("/Phrases/Edit", Fields("Enhetens", "Text", forUnit: true));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Enhetens fraser sköts av enhetschefen.");
        await using var db = App.NewDbContext();
        (await db.Phrases.IgnoreQueryFilters().AnyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task TheForm_NamesEachMissingOrTooLongField()
    {
        var worker = await SignInAsync(Worker);

        var response = await worker.SubmitFormAsync("/Phrases/Edit", Fields(" ", new string('a', Phrase.MaxTextLength + 1)));

        var page = await response.Content.ReadAsStringAsync();
        page.ShouldContain("Skriv frasens titel.");
        page.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Frasens text får ha högst {Phrase.MaxTextLength} tecken."));
    }

    [Fact]
    public async Task AManager_HasNoPhraseBank()
    {
        var manager = await SignInAsync("chef");

        ShouldBeRefused(await manager.GetAsync("/Phrases"));
        ShouldBeRefused(await manager.GetAsync("/Phrases/Edit"));
    }

    [Fact]
    public async Task TheList_IsPagedByTitle()
    {
        await using (var db = App.NewDbContext())
        {
            var keeper = new PhraseKeeper(Org.UserIds[Worker], Org.SpangaTenstaUnit, IsUnitHead: false);
            for (var i = 0; i < 55; i++)
            {
                db.Phrases.Add(Phrase.OwnedBy(keeper, $"Fras {i:D2}", "Text", PhraseUse.JournalNote, AppTime.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        var worker = await SignInAsync(Worker);
        var first = await worker.GetStringAsync("/Phrases");
        first.ShouldContain("Fras 00");
        first.ShouldContain("Fras 49");
        first.ShouldNotContain("Fras 50");
        var next = System.Text.RegularExpressions.Regex.Match(first, "href=\"(/Phrases\\?after=[^\"]+)\"").Groups[1].Value;
        var second = await worker.GetStringAsync(WebUtility.HtmlDecode(next));
        second.ShouldContain("Fras 54");
        second.ShouldNotContain("Fras 49");
        second.ShouldContain("/Phrases?before=");
    }
}
