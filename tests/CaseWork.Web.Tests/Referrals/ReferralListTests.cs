using System.Text.RegularExpressions;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Referrals;

public partial class ReferralListTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Paging_WalksEveryReferralOnceNewestFirst_WithAConstantNumberOfQueries()
    {
        for (var i = 0; i < 12; i++)
        {
            var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: $"F{i:D2}");
            for (var j = 0; j < 10; j++)
            {
                await App.AddReferralAsync(applicant, sentDaysAgo: (i * 10) + j + 1, closed: j > 0);
            }
        }

        await App.AddReferralAsync(await App.AddApplicantAsync(Org.HagerstenUnit));
        var session = await SignInAsync("socialsekreterare.st");
        var seen = new List<string>();
        var queryCounts = new List<int>();
        var url = "/Referrals";
        var pages = new List<string>();
        while (url is not null)
        {
            App.Factory.Commands.Reset();
            var html = await session.GetStringAsync(url);
            queryCounts.Add(App.Factory.Commands.Count);
            pages.Add(url);
            seen.AddRange(SentDate().Matches(html).Select(m => m.Groups[1].Value));
            var next = NextLink().Match(html);
            url = next.Success ? System.Net.WebUtility.HtmlDecode(next.Groups[1].Value) : null!;
        }

        pages.Count.ShouldBe(3);
        seen.Count.ShouldBe(120);
        seen.ShouldBe(seen.OrderDescending(StringComparer.Ordinal).ToList());
        queryCounts.Distinct().ShouldHaveSingleItem();
        queryCounts[0].ShouldBeLessThanOrEqualTo(4); // including the server-side session read

        var previous = PreviousLink().Match(await session.GetStringAsync(pages[^1]));
        var back = await session.GetStringAsync(System.Net.WebUtility.HtmlDecode(previous.Groups[1].Value));
        SentDate().Matches(back).Select(m => m.Groups[1].Value).ShouldBe(seen.Skip(50).Take(50));
    }

    [Fact]
    public async Task Filters_StatusProgramAndLateJobPlan()
    {
        var late = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Sen", lastName: "Jobbplan");
        await App.AddReferralAsync(late, firstVisitDaysAgo: 20);
        var fresh = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Ny", lastName: "Remiss");
        await App.AddReferralAsync(fresh, sentDaysAgo: 1);
        await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 0);
        var queued = await App.AddApplicantAsync(Org.SpangaTenstaUnit, firstName: "Köad", lastName: "Resurs");
        await App.AddReferralAsync(queued, ReferralProgram.Resurs);
        await App.SetPlacesAsync(Org.SpangaTenstaDistrict, 50);
        var session = await SignInAsync("socialsekreterare.st");

        var lateOnly = await session.GetStringAsync("/Referrals?late=true");
        lateOnly.ShouldContain("Jobbplan, Sen");
        lateOnly.ShouldContain("Jobbplan försenad");
        lateOnly.ShouldNotContain("Remiss, Ny");

        var inQueue = await session.GetStringAsync("/Referrals?status=Queued");
        inQueue.ShouldContain("Resurs, Köad");
        inQueue.ShouldContain("plats 1 i kön");
        inQueue.ShouldNotContain("Remiss, Ny");

        var resurs = await session.GetStringAsync("/Referrals?program=Jobbtorg&status=Sent");
        resurs.ShouldContain("Remiss, Ny");
        resurs.ShouldNotContain("Resurs, Köad");
        resurs.ShouldNotContain("Jobbplan, Sen");
    }

    [Fact]
    public async Task CasePage_TakesTheSameNumberOfQueries_ForOneOrManyReferrals()
    {
        var few = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        await App.AddReferralAsync(few);
        var many = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var late = ReferralSeeding.FirstVisitDaysAgoWithTheJobPlanLate(atLeast: 9);
        for (var i = 0; i < 8; i++)
        {
            await App.AddReferralAsync(many, i % 2 == 0 ? ReferralProgram.Jobbtorg : ReferralProgram.Resurs, sentDaysAgo: late + 1 + i, firstVisitDaysAgo: i % 3 == 0 ? late : null, closed: i < 6);
        }

        var session = await SignInAsync("socialsekreterare.st");
        App.Factory.Commands.Reset();
        await session.GetStringAsync($"/Applicants/{few.Id}");
        var forFew = App.Factory.Commands.Count;
        App.Factory.Commands.Reset();
        var html = await session.GetStringAsync($"/Applicants/{many.Id}");

        App.Factory.Commands.Count.ShouldBe(forFew);
        Regex.Count(html, "/Referrals/[0-9a-f-]{36}\"").ShouldBe(8);
        html.ShouldContain("Jobbplan försenad");
    }

    [GeneratedRegex("<td class=\"text-nowrap\">([0-9-]{10})</td>")]
    private static partial Regex SentDate();

    [GeneratedRegex("<a class=\"page-link\" href=\"([^\"]+)\">Nästa</a>")]
    private static partial Regex NextLink();

    [GeneratedRegex("<a class=\"page-link\" href=\"([^\"]+)\">Föregående</a>")]
    private static partial Regex PreviousLink();
}
