using System.Globalization;
using System.Text.RegularExpressions;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Applicants;

public partial class ApplicantListTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Search_FindsByPersonalIdentityNumberInEveryAcceptedForm()
    {
        var pin = TestPins.Next(); // YYYYMMDD-XXXX
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Hittad", lastName: "Person", pin: pin);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annan", lastName: "Person");
        var session = await SignInAsync("socialsekreterare.st");
        var compact = pin.Replace("-", string.Empty, StringComparison.Ordinal);

        foreach (var form in new[] { pin, compact, pin[2..], compact[2..], pin[..8] })
        {
            var html = await session.GetStringAsync("/Applicants?q=" + Uri.EscapeDataString(form));
            html.ShouldContain("Hittad", customMessage: form);
            html.ShouldNotContain("Annan", customMessage: form);
        }
    }

    [Fact]
    public async Task Search_ByBirthDate_FindsEveryoneBornThatDay_AndNoOneBornTheDayBeforeOrAfter()
    {
        var day = DateOnly.ParseExact(TestPins.Next()[..8], "yyyyMMdd", CultureInfo.InvariantCulture);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Samma", lastName: "Dag", pin: TestPersonalIdentityNumbers.Make(day, 998));
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Sista", lastName: "Dag", pin: TestPersonalIdentityNumbers.Make(day, 999));
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Dagen", lastName: "Före", pin: TestPersonalIdentityNumbers.Make(day.AddDays(-1), 999));
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Dagen", lastName: "Efter", pin: TestPersonalIdentityNumbers.Make(day.AddDays(1), 1));
        var session = await SignInAsync("socialsekreterare.st");

        var html = await session.GetStringAsync("/Applicants?mine=false&q=" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture));

        html.ShouldContain("Dag, Samma");
        html.ShouldContain("Dag, Sista");
        html.ShouldNotContain("Före, Dagen");
        html.ShouldNotContain("Efter, Dagen");
    }

    [Fact]
    public async Task Search_ByNames_InAnyOrderAndCase()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Åsa", lastName: "Öberg");
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Karl", lastName: "Öberg");
        var session = await SignInAsync("socialsekreterare.st");

        var html = await session.GetStringAsync("/Applicants?q=" + Uri.EscapeDataString("öberg åsa"));

        html.ShouldContain("Öberg, Åsa");
        html.ShouldNotContain("Öberg, Karl");
    }

    [Fact]
    public async Task Filters_MyCasesAndLongTerm()
    {
        var me = Org.UserIds["socialsekreterare.st"];
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Mine", lastName: "Longterm", assignedWorker: me, aidMonthsInLastYear: 11);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Mine", lastName: "Short", assignedWorker: me, aidMonthsInLastYear: 3);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Theirs", lastName: "Longterm", aidMonthsInLastYear: 12);
        var session = await SignInAsync("socialsekreterare.st");

        var mine = await session.GetStringAsync("/Applicants?mine=true");
        var longTerm = await session.GetStringAsync("/Applicants?longTerm=true");
        var both = await session.GetStringAsync("/Applicants?mine=true&longTerm=true");

        mine.ShouldContain("Short, Mine");
        mine.ShouldNotContain("Theirs");
        longTerm.ShouldContain("Longterm, Theirs");
        longTerm.ShouldNotContain("Short, Mine");
        both.ShouldContain("Longterm, Mine");
        both.ShouldNotContain("Theirs");
        both.ShouldNotContain("Short, Mine");
    }

    [Fact]
    public async Task Paging_WalksEveryApplicantOnceForwardAndBack_WithAConstantNumberOfQueries()
    {
        for (var i = 0; i < 120; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: $"F{i:D3}", lastName: i % 2 == 0 ? "Andersson" : "Berg", aidMonthsInLastYear: i % 13);
        }

        var session = await SignInAsync("socialsekreterare.st");
        var seen = new List<string>();
        var queryCounts = new List<int>();
        var url = "/Applicants?mine=false";
        var pages = new List<string>();
        while (url is not null)
        {
            App.Factory.Commands.Reset();
            var html = await session.GetStringAsync(url);
            queryCounts.Add(App.Factory.Commands.Count);
            pages.Add(url);
            seen.AddRange(NameLink().Matches(html).Select(m => m.Groups[1].Value));
            var next = NextLink().Match(html);
            url = next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null!;
        }

        pages.Count.ShouldBe(3);
        seen.Count.ShouldBe(120);
        seen.Distinct().Count().ShouldBe(120);
        seen.ShouldBe(seen.Order(StringComparer.Ordinal).ToList()); // "Andersson, …" before "Berg, …", then first names
        queryCounts.Distinct().ShouldHaveSingleItem();
        // Including the one audit row that records whom the page showed (ADR 0011) and the server-side session read.
        queryCounts[0].ShouldBeLessThanOrEqualTo(5);

        var last = await session.GetStringAsync(pages[^1]);
        var previous = PreviousLink().Match(last);
        previous.Success.ShouldBeTrue();
        var back = await session.GetStringAsync(System.Net.WebUtility.HtmlDecode(previous.Groups[1].Value));
        NameLink().Matches(back).Select(m => m.Groups[1].Value).ShouldBe(seen.Skip(50).Take(50));
    }

    [Fact]
    public async Task Search_IgnoresAccents_AsaFindsAsaAndOstbergFindsOstberg()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Åsa", lastName: "Östberg");
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Karl", lastName: "Berg");
        var session = await SignInAsync("socialsekreterare.st");

        foreach (var term in new[] { "asa", "ostberg", "ASA OSTBERG", "östberg åsa" })
        {
            var html = await session.GetStringAsync("/Applicants?q=" + Uri.EscapeDataString(term));
            html.ShouldContain("Östberg, Åsa", customMessage: term);
            html.ShouldNotContain("Berg, Karl", customMessage: term);
        }
    }

    [Fact]
    public async Task SocialWorker_SeesTheirOwnCasesByDefault_AndTheUnitsWhenUnticked()
    {
        var me = Org.UserIds["socialsekreterare.st"];
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Egen", lastName: "Sökande", assignedWorker: me);
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Annans", lastName: "Sökande");
        var session = await SignInAsync("socialsekreterare.st");

        var start = await session.GetStringAsync("/Applicants");
        var unit = await session.GetStringAsync("/Applicants?mine=false");
        var searched = await session.GetStringAsync("/Applicants?q=Annans");

        start.ShouldContain("Sökande, Egen");
        start.ShouldNotContain("Sökande, Annans");
        start.ShouldMatch("id=\"mine\" name=\"mine\" value=\"true\" checked");
        unit.ShouldContain("Sökande, Annans");
        searched.ShouldContain("Sökande, Annans"); // a search asks the unit's register unless "Mina ärenden" is ticked
    }

    [Fact]
    public async Task FilteredList_ShowsHowManyMatch()
    {
        for (var i = 0; i < 3; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: $"Räknad{i}", lastName: "Lindqvist");
        }

        var session = await SignInAsync("socialsekreterare.st");

        (await session.GetStringAsync("/Applicants?q=lindqvist")).ShouldContain("3 sökande");
    }

    [Fact]
    public async Task SortByPersonalIdentityNumber_BothWays_PagesInThatOrder()
    {
        for (var i = 0; i < 60; i++)
        {
            await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: $"P{i:D2}", lastName: "Sortering");
        }

        var session = await SignInAsync("socialsekreterare.st");
        foreach (var sort in new[] { "Pin", "PinDescending" })
        {
            var pins = new List<string>();
            var url = "/Applicants?mine=false&q=sortering&sort=" + sort;
            while (url is not null)
            {
                var html = await session.GetStringAsync(url);
                pins.AddRange(PinCell().Matches(html).Select(m => m.Groups[1].Value));
                var next = NextLink().Match(html);
                url = next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null!;
            }

            pins.Count.ShouldBe(60, sort);
            var ordered = pins.Order(StringComparer.Ordinal).ToList();
            pins.ShouldBe(sort == "Pin" ? ordered : ordered.AsEnumerable().Reverse().ToList(), sort);
        }
    }

    [Fact]
    public async Task ACaseOpenedFromASearch_LeadsBackToThatSearch()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Tillbaka", lastName: "Holm");
        var session = await SignInAsync("socialsekreterare.st");

        var list = await session.GetStringAsync("/Applicants?q=holm&mine=false");
        var link = System.Net.WebUtility.HtmlDecode(Regex.Match(list, $"<a href=\"(/Applicants/{applicant.Id}[^\"]*)\">").Groups[1].Value);
        var details = await session.GetStringAsync(link);

        details.ShouldContain("<li class=\"breadcrumb-item\"><a href=\"/Applicants?q=holm&amp;mine=false\">Sökande</a>");
    }

    [GeneratedRegex("<a href=\"/Applicants/[0-9a-f-]{36}(?:\\?[^\"]*)?\">([^<]+)</a>")]
    private static partial Regex NameLink();

    [GeneratedRegex("<a href=\"/Applicants/[0-9a-f-]{36}(?:\\?[^\"]*)?\">[^<]+</a>\\s*</td>\\s*<td class=\"text-nowrap\">([^<]+)</td>")]
    private static partial Regex PinCell();

    [GeneratedRegex("<a class=\"page-link\" href=\"([^\"]+)\">Nästa</a>")]
    private static partial Regex NextLink();

    [GeneratedRegex("<a class=\"page-link\" href=\"([^\"]+)\">Föregående</a>")]
    private static partial Regex PreviousLink();
}
