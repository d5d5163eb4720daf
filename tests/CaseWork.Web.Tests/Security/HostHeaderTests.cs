using System.Net;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// A forged Host header never reaches a redirect: requests for a host the app does not serve are refused, and every
/// redirect the app sends is relative, so it names no host at all.
/// </summary>
public class HostHeaderTests(AppFixture app) : AppTest(app)
{
    private const string Forged = "evil.example";

    // Each one redirects when the host is the app's own: the sign-in challenge, the access-denied page, the sign-in
    // form's return, a page's own redirect, and signing out.
    private static readonly (string Method, string Url, string? User)[] Redirecting =
    [
        ("GET", "/Applicants", null),
        ("GET", "/Due", null),
        ("GET", "/Admin/Users", "socialsekreterare.st"),
        ("GET", "/Account/Logout", "socialsekreterare.st"),
        ("GET", "/", "socialsekreterare.st"),
        ("GET", "/Account/LoginWithCode", null),
        ("POST", "/Account/Logout", "socialsekreterare.st"),
    ];

    [Fact]
    public async Task AForgedHost_IsRefused_AndNeverInALocation()
    {
        foreach (var (method, url, user) in Redirecting)
        {
            var session = user is null ? Anonymous() : await SignInAsync(user);
            using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative));
            request.Headers.Host = Forged;
            if (method == "POST")
            {
                request.Content = new FormUrlEncodedContent(await session.FormFieldsAsync("/Applicants", []));
            }

            var response = await session.SendAsync(request);

            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, $"{method} {url}");
            (response.Headers.Location?.OriginalString ?? string.Empty).ShouldNotContain(Forged, Case.Insensitive, $"{method} {url}");
        }
    }

    [Fact]
    public async Task Redirects_AreRelative()
    {
        foreach (var (method, url, user) in Redirecting)
        {
            var session = user is null ? Anonymous() : await SignInAsync(user);
            var response = method == "POST"
                ? await session.PostAsync(url, await session.FormFieldsAsync("/Applicants", []))
                : await session.GetAsync(url);

            ((int)response.StatusCode).ShouldBeInRange(300, 399, $"{method} {url}");
            var location = response.Headers.Location!.OriginalString;
            location.ShouldStartWith("/", customMessage: $"{method} {url}: {location}");
            location.ShouldNotStartWith("//", customMessage: $"{method} {url}: {location}");
        }
    }
}
