using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;

namespace CaseWork.Web.Tests.Due;

public partial class DueListTests(AppFixture app) : AppTest(app)
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    private string Worker => Org.UserIds["socialsekreterare.st"];

    [Fact]
    public async Task MyCaseload_ShowsTheMonthlyCheckOfAnApplicantOnAid()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await session.GetStringAsync("/Due");

        html.ShouldContain("Leila Farah");
        html.ShouldContain("Månadsuppföljning för " + AppTime.Now.ToString("MMMM yyyy", Swedish));
    }

    [Fact]
    public async Task AReferralWithoutJobPlanFiveWorkingDaysAfterTheFirstVisit_IsOverdue()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Worker);
        await App.AddReferralAsync(applicant, sentDaysAgo: 20, firstVisitDaysAgo: 14);
        var session = await SignInAsync("socialsekreterare.st");

        var html = await session.GetStringAsync("/Due");

        var overdue = html[html.IndexOf("<h2 class=\"h5 mt-3\">Försenade</h2>", StringComparison.Ordinal)..];
        overdue.ShouldContain("Omar Nilsson");
        overdue.ShouldContain("Jobbplan inom fem arbetsdagar efter första besöket");
    }

    [Fact]
    public async Task TheUnitHead_SeesTheUnit_AndNoOtherUnit()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Worker, aidMonthsInLastYear: 2);
        await App.AddApplicantAsync(Org.HagerstenUnit, "Hanna", "Berg", aidMonthsInLastYear: 2);
        var head = await SignInAsync("enhetschef.st");

        var html = await head.GetStringAsync("/Due");

        html.ShouldContain("Sara Ali");
        html.ShouldNotContain("Hanna Berg");
    }

    [Fact]
    public async Task MyCaseload_LeavesOutColleaguesApplicants()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Kalle", "Kollega", assignedWorker: Org.UserIds["handlaggare1.st"], aidMonthsInLastYear: 2);
        var session = await SignInAsync("socialsekreterare.st");

        (await session.GetStringAsync("/Due")).ShouldNotContain("Kalle Kollega");
        (await session.GetStringAsync("/Due?worker=unit")).ShouldContain("Kalle Kollega");
    }

    [Theory]
    [InlineData("enhetschef.st")]
    [InlineData("chef")]
    [InlineData("socialsekreterare.st")]
    public async Task EveryLinkOnTheList_OpensForTheOneViewingIt(string viewer)
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var planned = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Yusuf", "Abdi", assignedWorker: Worker, aidMonthsInLastYear: 5);
        await App.AddActivePlanAsync(planned);
        var referred = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Worker);
        await App.AddReferralAsync(referred, sentDaysAgo: 20, firstVisitDaysAgo: 14);
        var (reviewId, _) = await App.OpenReviewAsync(daysAgo: 30);
        await App.CompleteReviewAsync(reviewId, actionOwner: ReviewArrangements.Worker);
        var session = await SignInAsync(viewer);

        var html = WebUtility.HtmlDecode(await session.GetStringAsync("/Due" + (viewer.StartsWith("socialsekreterare", StringComparison.Ordinal) ? "?worker=unit" : string.Empty)));

        html.ShouldContain("Månadsuppföljning för " + AppTime.Now.ToString("MMMM yyyy", Swedish));
        html.ShouldContain("Ärendegenomgång: Revidera planen med delmål och datum");
        var list = html[html.IndexOf("due-list", StringComparison.Ordinal)..html.LastIndexOf("</table>", StringComparison.Ordinal)];
        var links = Href().Matches(list).Select(m => m.Groups[1].Value).Distinct().ToList();
        links.ShouldNotBeEmpty();
        foreach (var link in links)
        {
            (await FollowAsync(session, link)).ShouldBe(HttpStatusCode.OK, $"{viewer}: {link}");
        }
    }

    [GeneratedRegex("href=\"([^\"]+)\"")]
    private static partial Regex Href();

    /// <summary>The status a browser ends on, following redirects (such as to the page asking for a reason).</summary>
    private static async Task<HttpStatusCode> FollowAsync(HttpSession session, string url)
    {
        for (var hop = 0; hop < 5; hop++)
        {
            var response = await session.GetAsync(url);
            if ((int)response.StatusCode is < 300 or >= 400)
            {
                return response.StatusCode;
            }

            url = response.Headers.Location!.OriginalString;
        }

        return HttpStatusCode.LoopDetected;
    }

    [Fact]
    public async Task CoachesAndAdministrators_AreRefused()
    {
        foreach (var user in new[] { "jobbcoach", "admin" })
        {
            var session = await SignInAsync(user);
            var response = await session.GetAsync("/Due");
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task QueryCount_DoesNotGrowWithTheCaseload()
    {
        var session = await SignInAsync("socialsekreterare.st");
        await AddCaseloadAsync(2);
        App.Factory.Commands.Reset();
        await session.GetStringAsync("/Due");
        var small = App.Factory.Commands.Count;

        await AddCaseloadAsync(30);
        App.Factory.Commands.Reset();
        await session.GetStringAsync("/Due");

        App.Factory.Commands.Count.ShouldBe(small);
    }

    private async Task AddCaseloadAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Person", $"Nummer{i}", assignedWorker: Worker, aidMonthsInLastYear: 2);
            if (i % 2 == 0)
            {
                await App.AddReferralAsync(applicant, sentDaysAgo: 30, firstVisitDaysAgo: 20);
            }
        }
    }
}
