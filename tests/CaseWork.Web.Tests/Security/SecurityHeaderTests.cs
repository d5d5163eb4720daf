using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Security;

public partial class SecurityHeaderTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("/Account/Login", HttpStatusCode.OK)]
    [InlineData("/Applicants", HttpStatusCode.Redirect)]
    [InlineData("/lib/bootstrap/css/bootstrap.min.css", HttpStatusCode.OK)]
    [InlineData("/js/site.js", HttpStatusCode.OK)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task EveryKindOfResponse_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await Anonymous().GetAsync(path);

        response.StatusCode.ShouldBe(status);
        response.ShouldCarrySecurityHeaders(path);
    }

    [Theory]
    [InlineData("/Applicants", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.Redirect)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData("/Admin/Users", HttpStatusCode.Redirect)]
    [InlineData("/Account/AccessDenied", HttpStatusCode.Forbidden)]
    [InlineData(FailingEndpoint.Path, HttpStatusCode.InternalServerError)]
    [InlineData("/css/site.css", HttpStatusCode.OK)]
    [InlineData("/health/ready", HttpStatusCode.OK)]
    public async Task EveryKindOfResponseToASignedInUser_CarriesTheSecurityHeaders(string path, HttpStatusCode status)
    {
        var response = await (await SignInAsync("socialsekreterare.st")).GetAsync(path);

        response.StatusCode.ShouldBe(status);
        response.ShouldCarrySecurityHeaders(path);
    }

    [Fact]
    public async Task RefusedAndFailedRequestsOfSignedInUsers_CarryTheHeaders_AndAreNotStored()
    {
        var session = await SignInAsync("jobbcoach");

        var forbidden = await session.GetAsync("/Account/AccessDenied");
        var failed = await session.GetAsync(FailingEndpoint.Path);
        var badForm = await session.PostAsync("/Account/ChangePassword", new() { ["Input.CurrentPassword"] = "x" });

        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        failed.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        badForm.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        foreach (var (what, response) in new[] { ("403", forbidden), ("500", failed), ("400", badForm) })
        {
            response.ShouldCarrySecurityHeaders(what);
            response.ShouldNotBeStored(what);
        }
    }

    [Fact]
    public async Task HandlerResponses_AreNotStored()
    {
        var session = await SignInAsync("socialsekreterare.st");

        var switched = await session.SubmitFormAsync("/Account/ChangePassword", new(), postUrl: "/Culture?returnUrl=/Applicants");
        var saved = await session.SubmitFormAsync("/Account/ChangePassword", new()
        {
            ["Input.CurrentPassword"] = "not-the-password", ["Input.NewPassword"] = "a-long-new-passphrase", ["Input.ConfirmPassword"] = "a-long-new-passphrase",
        });

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.ShouldNotBeStored("culture switch");
        switched.ShouldCarrySecurityHeaders("culture switch");
        saved.StatusCode.ShouldBe(HttpStatusCode.OK);
        saved.ShouldNotBeStored("change password with errors");
    }

    /// <summary>The policy forbids inline script and style; a view that used them would break in the browser.</summary>
    [Fact]
    public void Views_HaveNoInlineScriptStyleOrEventHandlers()
    {
        var views = Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src", "CaseWork.Web", "Pages"), "*.cshtml", SearchOption.AllDirectories);

        var offences = views
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => InlineScript().IsMatch(l.line) || EventHandler().IsMatch(l.line) || StyleAttribute().IsMatch(l.line) || l.line.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || l.line.Contains("<style", StringComparison.OrdinalIgnoreCase))
            .Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        offences.ShouldBeEmpty(string.Join("\n", offences));
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"\sstyle\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();
}
