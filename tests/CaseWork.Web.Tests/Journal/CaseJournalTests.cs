using System.Text.RegularExpressions;
using CaseWork.Domain.Journal;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Journal;

public partial class CaseJournalTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheCasePage_ShowsTheNewestNotesFirst_TenAtATime_AndFiltersByKind()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var author = Org.UserIds["socialsekreterare.st"];
        for (var day = 1; day <= 12; day++)
        {
            await App.AddNoteAsync(applicant.Id, author, JournalNotes.Today.AddDays(-day), day % 3 == 0 ? JournalNoteKind.PhoneCall : JournalNoteKind.General, $"Händelse dag {day:00}");
        }

        var session = await SignInAsync("socialsekreterare.st");
        var first = await session.GetStringAsync($"/Applicants/{applicant.Id}");
        Shown(first).ShouldBe(Enumerable.Range(1, 10).Select(d => $"{d:00}"));
        var older = OlderLink().Match(first);
        older.Success.ShouldBeTrue();

        var second = await session.GetStringAsync(System.Net.WebUtility.HtmlDecode(older.Groups[1].Value));
        Shown(second).ShouldBe(["11", "12"]);
        OlderLink().IsMatch(second).ShouldBeFalse();
        second.ShouldContain("Nyaste anteckningarna");

        var calls = await session.GetStringAsync($"/Applicants/{applicant.Id}?journalKind=PhoneCall");
        Shown(calls).ShouldBe(["03", "06", "09", "12"]);
    }

    [Fact]
    public async Task TheCasePage_AsksAsManyQueries_ForTwoNotesAsForThirty()
    {
        var few = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Få");
        var many = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Många");
        var author = Org.UserIds["socialsekreterare.st"];
        for (var i = 0; i < 30; i++)
        {
            if (i < 2)
            {
                await App.AddNoteAsync(few.Id, author, JournalNotes.Today.AddDays(-i));
            }

            await App.AddNoteAsync(many.Id, author, JournalNotes.Today.AddDays(-i), signed: i % 2 == 0);
        }

        var session = await SignInAsync("socialsekreterare.st");
        await session.GetStringAsync($"/Applicants/{few.Id}");
        App.Factory.Commands.Reset();
        (await session.GetStringAsync($"/Applicants/{few.Id}")).ShouldContain("Anteckning");
        var forFew = App.Factory.Commands.Count;
        App.Factory.Commands.Reset();
        (await session.GetStringAsync($"/Applicants/{many.Id}")).ShouldContain("Äldre anteckningar");
        var forMany = App.Factory.Commands.Count;

        forMany.ShouldBe(forFew);
    }

    private static IEnumerable<string> Shown(string html) => ShownDay().Matches(html).Select(m => m.Groups[1].Value);

    [GeneratedRegex("Händelse dag (\\d\\d)")]
    private static partial Regex ShownDay();

    [GeneratedRegex("href=\"([^\"]*journalBefore=[^\"]*)\"")]
    private static partial Regex OlderLink();
}
