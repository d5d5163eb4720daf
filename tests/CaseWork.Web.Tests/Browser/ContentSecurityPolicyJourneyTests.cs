using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Security;
using Microsoft.Playwright;

namespace CaseWork.Web.Tests.Browser;

/// <summary>
/// The main pages of each role in Chromium under the app's Content-Security-Policy: no violation, no console error,
/// no script error; Bootstrap's menus and Chart.js's charts still work.
/// </summary>
public class ContentSecurityPolicyJourneyTests(AppFixture app) : AppTest(app)
{
    private const string ListenForViolations =
        "document.addEventListener('securitypolicyviolation', e => (window.__violations = window.__violations || []).push(e.violatedDirective + ' ' + e.blockedURI));";

    [Fact]
    public async Task SocialWorkerPages_RunUnderThePolicy()
    {
        var applicant = await App.AddCaseOnEveryTabAsync();
        var (page, problems) = await WatchedBrowserAsync("socialsekreterare.st");
        var paths = new[]
        {
            "/Applicants", $"/Applicants/{applicant.Id}", $"/Applicants/{applicant.Id}/WorkPlans/Edit", $"/Applicants/{applicant.Id}/Investigations/Edit",
            $"/Applicants/{applicant.Id}/Journal/Write", $"/Applicants/{applicant.Id}/FollowUps", $"/Applicants/{applicant.Id}/Referrals/Create",
            "/Due", "/Referrals", "/CaseReviews", "/Account/ChangePassword",
        };

        foreach (var path in paths)
        {
            await VisitAsync(page, path, problems);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Sara Lindqvist" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Byt lösenord" })).ToBeVisibleAsync();
        await CollectViolationsAsync(page, "user menu", problems);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Fact]
    public async Task ManagerIndicatorPages_DrawTheirChartsUnderThePolicy()
    {
        await App.AddCaseOnEveryTabAsync();
        var (page, problems) = await WatchedBrowserAsync("chef");

        foreach (var path in new[] { "/Indicators", "/Indicators/Compare" })
        {
            await VisitAsync(page, path, problems);
            var charts = await page.EvaluateAsync<int[]>(
                "() => { const all = [...document.querySelectorAll('canvas.indicator-chart')]; return [all.length, all.filter(c => Chart.getChart(c)).length]; }");
            charts[0].ShouldBeGreaterThan(0, path);
            charts[1].ShouldBe(charts[0], $"{path}: every chart drawn");
        }

        await VisitAsync(page, "/Indicators/TertialReport", problems);
        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    [Theory]
    [InlineData("admin", "/Admin/Users", "/Admin/IndicatorTargets", "/Admin/Organisation", "/Admin/Jobbtorg", "/Admin/Users/Create")]
    [InlineData("jobbcoach", "/Jobbtorg", "/Account/ChangePassword")]
    [InlineData("enhetschef.st", "/Applicants", "/CaseReviews", "/Indicators", "/Due")]
    public async Task OtherRolesPages_RunUnderThePolicy(string userName, params string[] paths)
    {
        await App.AddCaseOnEveryTabAsync();
        var (page, problems) = await WatchedBrowserAsync(userName);

        foreach (var path in paths)
        {
            await VisitAsync(page, path, problems);
        }

        problems.ShouldBeEmpty(string.Join("\n", problems));
    }

    /// <summary>The control: the browser does enforce the policy, and the watch sees what it blocks.</summary>
    [Fact]
    public async Task AnInlineScript_IsBlocked_AndTheWatchSeesIt()
    {
        var (page, problems) = await WatchedBrowserAsync(null);
        await VisitAsync(page, "/Account/Login", problems);

        var ran = await page.EvaluateAsync<bool>(
            "() => { const s = document.createElement('script'); s.textContent = 'window.__ran = true'; document.head.appendChild(s); return window.__ran === true; }");
        await page.WaitForTimeoutAsync(200);
        await CollectViolationsAsync(page, "injected script", problems);

        ran.ShouldBeFalse();
        problems.ShouldContain(p => p.Contains("script-src", StringComparison.Ordinal));
    }

    private async Task<(IPage Page, List<string> Problems)> WatchedBrowserAsync(string? userName)
    {
        var page = await OpenBrowserAsync(userName);
        await page.Context.AddInitScriptAsync(ListenForViolations);
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"{page.Url}: console error: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"{page.Url}: script error: {error}");
        return (page, problems);
    }

    private static async Task VisitAsync(IPage page, string path, List<string> problems)
    {
        await page.GotoAsync(path);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await CollectViolationsAsync(page, path, problems);
    }

    private static async Task CollectViolationsAsync(IPage page, string what, List<string> problems)
    {
        var violations = await page.EvaluateAsync<string[]>("() => window.__violations || []");
        problems.AddRange(violations.Select(v => $"{what}: violates {v}"));
        await page.EvaluateAsync("() => { window.__violations = []; }");
    }
}
