using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.FollowUps;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.CaseReviews;
using Microsoft.EntityFrameworkCore;

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

    [Fact]
    public async Task FilteredByKind_ShowsOnlyThatKind_AndTheCountsLinkToEachKind()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var referred = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Omar", "Nilsson", assignedWorker: Worker);
        await App.AddReferralAsync(referred, sentDaysAgo: 20, firstVisitDaysAgo: 14);
        var session = await SignInAsync("socialsekreterare.st");

        var deadlines = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=ReferralDeadline"));

        deadlines.ShouldContain("Jobbplan inom fem arbetsdagar efter första besöket");
        deadlines.ShouldNotContain("Månadsuppföljning för ");
        deadlines.ShouldNotContain("Trepartssamtal</a>");
        var counts = deadlines[deadlines.IndexOf("due-kinds", StringComparison.Ordinal)..deadlines.IndexOf("</nav>", deadlines.IndexOf("due-kinds", StringComparison.Ordinal), StringComparison.Ordinal)];
        counts.ShouldContain("href=\"/Due?kind=MonthlyCheck\">Månadsuppföljningar <span class=\"badge text-bg-light\">");
        counts.ShouldContain("aria-current=\"page\" href=\"/Due?kind=ReferralDeadline\"");
        counts.ShouldContain("href=\"/Due\">Alla");

        var checks = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=MonthlyCheck"));
        checks.ShouldContain("Månadsuppföljning för " + AppTime.Now.ToString("MMMM yyyy", Swedish));
        checks.ShouldNotContain("Jobbplan inom fem arbetsdagar efter första besöket</a>");
        checks.ShouldContain("Starta månadsrundan");
    }

    [Fact]
    public async Task AKindThatIsNoKind_ShowsEverything()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");

        foreach (var kind in new[] { "1", "monthlycheck", "<script>" })
        {
            var html = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=" + Uri.EscapeDataString(kind)));
            html.ShouldContain("Leila Farah");
            html.ShouldContain("aria-current=\"page\" href=\"/Due\">Alla");
        }
    }

    [Fact]
    public async Task TheUnitView_NamesEachItemsSocialWorker()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Sara", "Ali", assignedWorker: Worker, aidMonthsInLastYear: 2);
        await using (var db = App.NewDbContext())
        {
            var name = await db.Users.Where(u => u.Id == Worker).Select(u => u.DisplayName).SingleAsync();
            var head = await SignInAsync("enhetschef.st");

            var html = WebUtility.HtmlDecode(await head.GetStringAsync("/Due"));

            html.ShouldContain("<th scope=\"col\">Handläggare</th>");
            var row = html[html.IndexOf("Sara Ali", StringComparison.Ordinal)..];
            row[..row.IndexOf("</tr>", StringComparison.Ordinal)].ShouldContain("<td>" + name + "</td>");
        }

        var own = WebUtility.HtmlDecode(await (await SignInAsync("socialsekreterare.st")).GetStringAsync("/Due"));
        own.ShouldNotContain("<th scope=\"col\">Handläggare</th>");
    }

    [Fact]
    public async Task Paging_GoesBothWays_KeepingTheFilterAndThePositionInTheUrl()
    {
        await AddCaseloadAsync(IndexModelPageSize + 5);
        var session = await SignInAsync("socialsekreterare.st");

        var first = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=MonthlyCheck"));
        first.ShouldNotContain("?kind=MonthlyCheck&before=");
        var next = PageLink(first, "Nästa");
        next.ShouldStartWith("/Due?kind=MonthlyCheck&after=");
        var second = WebUtility.HtmlDecode(await session.GetStringAsync(next));
        Applicants(second).ShouldNotBeEmpty();
        Applicants(second).ShouldNotBe(Applicants(first));
        var previous = PageLink(second, "Föregående");
        previous.ShouldStartWith("/Due?kind=MonthlyCheck&before=");

        var back = WebUtility.HtmlDecode(await session.GetStringAsync(previous));

        Applicants(back).ShouldBe(Applicants(first));
        Applicants(first).Count.ShouldBe(IndexModelPageSize);
    }

    [Fact]
    public async Task AMangledPosition_StartsFromTheTop()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");

        (await session.GetStringAsync("/Due?after=x.y.z&before=%00")).ShouldContain("Leila Farah");
    }

    [Fact]
    public async Task TheMonthlyRound_GoesFromCheckToCheckInTheListsOrder_AndEndsOnTheListWithAMessage()
    {
        await AddCaseloadAsync(3);
        var session = await SignInAsync("socialsekreterare.st");
        var list = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=MonthlyCheck"));
        var due = Regex.Matches(list[list.IndexOf("due-counts", StringComparison.Ordinal)..], "href=\"(/Applicants/[0-9a-f-]{36}/FollowUps/MonthlyCheck\\?[^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        due.Count.ShouldBeGreaterThanOrEqualTo(3);
        var url = Regex.Match(list, "href=\"([^\"]+)\">Starta månadsrundan").Groups[1].Value;
        url.ShouldBe(due[0]);

        var visited = new List<string>();
        while (url.Contains("/FollowUps/MonthlyCheck", StringComparison.Ordinal) && visited.Count <= due.Count)
        {
            visited.Add(url);
            var form = WebUtility.HtmlDecode(await session.GetStringAsync(url));
            var next = Regex.Match(form, "formaction=\"([^\"]+)\"[^>]*>Spara och nästa").Groups[1].Value;
            next.ShouldContain("handler=Next");
            var saved = await session.SubmitFormAsync(url, Check(MonthOf(url)), next);
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            url = saved.Headers.Location!.OriginalString;
        }

        visited.ShouldBe(due);
        url.ShouldBe("/Due?kind=MonthlyCheck");
        var end = WebUtility.HtmlDecode(await session.GetStringAsync(url));
        end.ShouldContain("Inga fler månadsuppföljningar på listan: månadsrundan är klar.");
        end.ShouldNotContain("/FollowUps/MonthlyCheck?");
    }

    [Fact]
    public async Task APlainSaveOfACheckFromTheList_ReturnsToTheListAsFiltered()
    {
        await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");
        var list = WebUtility.HtmlDecode(await session.GetStringAsync("/Due?kind=MonthlyCheck"));
        var check = Regex.Match(list, "href=\"(/Applicants/[0-9a-f-]{36}/FollowUps/MonthlyCheck\\?[^\"]+)\"").Groups[1].Value;
        var form = WebUtility.HtmlDecode(await session.GetStringAsync(check));
        var save = Regex.Match(form, "formaction=\"([^\"]+)\"[^>]*>Spara månadsuppföljningen").Groups[1].Value;

        var saved = await session.SubmitFormAsync(check, Check(MonthOf(check)), save);

        saved.Headers.Location!.OriginalString.ShouldBe("/Due?kind=MonthlyCheck");
        (await session.GetStringAsync("/Due?kind=MonthlyCheck")).ShouldContain("Månadsuppföljningen för ");
    }

    [Fact]
    public async Task ACheckOpenedElsewhere_HasNoSaveAndNext_AndSavesToTheFollowUps()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Leila", "Farah", assignedWorker: Worker, aidMonthsInLastYear: 3);
        var session = await SignInAsync("socialsekreterare.st");
        var page = $"/Applicants/{applicant.Id}/FollowUps/MonthlyCheck";

        (await session.GetStringAsync(page)).ShouldNotContain("Spara och nästa");
        var saved = await session.SubmitFormAsync(page, Check(AppTime.Now.ToString("yyyy-MM", CultureInfo.InvariantCulture)));

        saved.Headers.Location!.OriginalString.ShouldBe($"/Applicants/{applicant.Id}/FollowUps");
    }

    private static string MonthOf(string checkUrl) => Regex.Match(checkUrl, "month=([0-9]{4}-[0-9]{2})").Groups[1].Value;

    private static Dictionary<string, string> Check(string month) => new()
    {
        ["Input.Month"] = month,
        ["Input.Attendance"] = "Yes",
        ["Input.DaysAttended"] = string.Empty,
        ["Input.JobApplications"] = "6",
        ["Input.Decision"] = "Granted",
        ["Input.DecisionText"] = string.Empty,
        ["Input.Comment"] = "Söker arbete inom lager.",
    };

    private const int IndexModelPageSize = CaseWork.Web.Pages.Due.IndexModel.PageSize;

    private static string PageLink(string html, string name) =>
        Regex.Match(html, "<a class=\"page-link\" href=\"([^\"]+)\">" + name + "</a>").Groups[1].Value;

    private static List<string> Applicants(string html) =>
        Regex.Matches(html, "href=\"/Applicants/([0-9a-f-]{36})\">").Select(m => m.Groups[1].Value).ToList();

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
