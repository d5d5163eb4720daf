using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// Each role walks the app breadth-first from its start page and from every route in the route table, following
/// every same-origin link and redirect, and every response is held to the rules: security headers always, no-store
/// on everything a signed-in user gets but static files, only <c>__Host-</c> cookies, never a server error.
/// </summary>
public partial class CrawlTests(AppFixture app, ITestOutputHelper output) : AppTest(app)
{
    private const int MaxRequests = 250;
    private const int MaxVariantsOfOnePath = 4;

    [Theory]
    [InlineData("socialsekreterare.st", 50)]
    [InlineData("enhetschef.st", 50)]
    [InlineData("chef", 55)]
    [InlineData("jobbcoach", 35)]
    [InlineData("admin", 55)]
    [InlineData("loggkontroll", 30)]
    [InlineData(null, 35)]
    public async Task EveryPageReachable_CarriesTheHeaders_AndSignedInPagesAreNotStored(string? userName, int atLeast)
    {
        var applicant = await App.AddCaseOnEveryTabAsync();
        var session = userName is null ? Anonymous() : await SignInAsync(userName);

        var (visited, problems) = await CrawlAsync(session, signedIn: userName is not null, Seeds(applicant.Id));

        output.WriteLine(string.Join("\n", visited));
        problems.ShouldBeEmpty($"{userName ?? "anonymous"}:\n{string.Join("\n", problems)}");
        visited.Count.ShouldBeGreaterThanOrEqualTo(atLeast, string.Join("\n", visited));
    }

    /// <summary>
    /// The start page and every route of the route table whose parameters are optional or an applicant's id (named
    /// personId on the administrator's record extract, which is outside the case scope).
    /// </summary>
    private IEnumerable<string> Seeds(Guid applicantId)
    {
        yield return "/";
        foreach (var endpoint in App.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (PathOf(endpoint.RoutePattern, applicantId) is { } path)
            {
                yield return path;
            }
        }
    }

    private static string? PathOf(RoutePattern pattern, Guid applicantId)
    {
        var segments = new List<string>();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Empty;
            foreach (var part in segment.Parts)
            {
                text += part switch
                {
                    RoutePatternLiteralPart literal => literal.Content,
                    RoutePatternSeparatorPart separator => separator.Content,
                    RoutePatternParameterPart { Name: "applicantId" or "personId" } => applicantId.ToString(),
                    RoutePatternParameterPart { IsOptional: true } => string.Empty,
                    _ => null,
                };
                if (part is RoutePatternParameterPart { IsOptional: false, Name: not ("applicantId" or "personId") })
                {
                    return null;
                }
            }

            if (text.Length > 0)
            {
                segments.Add(text);
            }
        }

        return "/" + string.Join('/', segments);
    }

    private static async Task<(List<string> Visited, List<string> Problems)> CrawlAsync(HttpSession session, bool signedIn, IEnumerable<string> seeds)
    {
        var queue = new Queue<string>(seeds.Distinct());
        var seen = new HashSet<string>(queue);
        var variants = new Dictionary<string, int>();
        var visited = new List<string>();
        var problems = new List<string>();
        while (queue.Count > 0 && visited.Count < MaxRequests)
        {
            var url = queue.Dequeue();
            var response = await session.GetAsync(url);
            visited.Add($"{(int)response.StatusCode} {url}");
            problems.AddRange(Check(response, url, signedIn));
            foreach (var next in await LinksAsync(response))
            {
                var path = next.Split('?')[0];
                if (seen.Add(next) && (variants[path] = variants.GetValueOrDefault(path) + 1) <= MaxVariantsOfOnePath)
                {
                    queue.Enqueue(next);
                }
            }
        }

        return (visited, problems);
    }

    private static List<string> Check(HttpResponseMessage response, string url, bool signedIn)
    {
        var problems = new List<string>();
        void Expect(Action assertion)
        {
            try
            {
                assertion();
            }
            catch (ShouldAssertException e)
            {
                problems.Add(e.Message);
            }
        }

        var what = $"GET {url} ({(int)response.StatusCode})";
        Expect(() => ((int)response.StatusCode).ShouldBeLessThan(500, what));
        Expect(() => response.ShouldCarrySecurityHeaders(what));
        Expect(() => response.ShouldSetOnlyHostCookies(what));
        if (signedIn && !IsStaticFile(url))
        {
            Expect(() => response.ShouldNotBeStored(what));
        }

        return problems;
    }

    private static bool IsStaticFile(string url) => url == "/favicon.svg" || url.StartsWith("/lib/", StringComparison.Ordinal) || url.StartsWith("/css/", StringComparison.Ordinal) || url.StartsWith("/js/", StringComparison.Ordinal)
        || url.StartsWith("/Help/images/", StringComparison.Ordinal);

    private static async Task<IEnumerable<string>> LinksAsync(HttpResponseMessage response)
    {
        if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
        {
            return SameOrigin(location.OriginalString) is { } target ? [target] : [];
        }

        if (response.Content.Headers.ContentType?.MediaType != "text/html")
        {
            return [];
        }

        var html = await response.Content.ReadAsStringAsync();
        return Link().Matches(html).Select(m => SameOrigin(WebUtility.HtmlDecode(m.Groups[1].Value))).OfType<string>();
    }

    /// <summary>The path and query of a link within the app, or null for another origin, a fragment or a mail link.</summary>
    private static string? SameOrigin(string link)
    {
        link = link.Split('#')[0];
        return link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? link : null;
    }

    [GeneratedRegex("(?:href|src)=\"([^\"]*)\"", RegexOptions.IgnoreCase)]
    private static partial Regex Link();
}
