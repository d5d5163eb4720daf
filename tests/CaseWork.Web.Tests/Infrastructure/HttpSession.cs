using System.Net;
using System.Text.RegularExpressions;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>A browser-like HTTP client (cookies, no automatic redirects) that fills forms with their antiforgery token.</summary>
public sealed partial class HttpSession : IDisposable
{
    private readonly HttpClient _client;

    /// <param name="cookies">Shared by sessions that play one browser talking to several app instances.</param>
    public HttpSession(Uri baseAddress, BrowserCookies? cookies = null)
    {
        Cookies = cookies ?? new BrowserCookies();
        _client = new HttpClient(new BrowserCookieHandler(Cookies) { InnerHandler = new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false } })
        {
            BaseAddress = baseAddress,
        };
    }

    public BrowserCookies Cookies { get; }

    public static async Task<HttpSession> SignInAsync(Uri baseAddress, string userName, string password = AppFixture.Password, BrowserCookies? cookies = null)
    {
        var session = new HttpSession(baseAddress, cookies);
        var response = await session.SubmitFormAsync("/Account/Login", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        if (response.Headers.Location?.OriginalString is { } next && next.Contains("/Account/LoginWithCode", StringComparison.OrdinalIgnoreCase))
        {
            // The user has two-step verification: type the code their authenticator app would show.
            response = await session.SubmitFormAsync(next, new() { ["Input.Code"] = await Authenticator.CurrentCodeOfAsync(userName) });
        }

        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in as {userName} failed: {response.StatusCode}");
        }

        return session;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(new Uri(url, UriKind.Relative));

    /// <summary>A request the browser gives up on when <paramref name="leave"/> fires (the tab closed, the user went on).</summary>
    public Task<HttpResponseMessage> GetAsync(string url, CancellationToken leave) => _client.GetAsync(new Uri(url, UriKind.Relative), leave);

    /// <summary>The same person in the same browser, on another app instance.</summary>
    public HttpSession On(Uri otherInstance) => new(otherInstance, Cookies);

    public async Task<string> GetStringAsync(string url)
    {
        var response = await GetAsync(url);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Reads the antiforgery token from the page at <paramref name="formPage"/>, then posts the fields to <paramref name="postUrl"/>.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string formPage, Dictionary<string, string> fields, string? postUrl = null) =>
        await PostAsync(postUrl ?? formPage, await FormFieldsAsync(formPage, fields));

    /// <summary>
    /// The fields with the antiforgery token and the submission key of the (first) form at <paramref name="formPage"/>,
    /// ready to post, as a browser would send them.
    /// </summary>
    public async Task<Dictionary<string, string>> FormFieldsAsync(string formPage, Dictionary<string, string> fields)
    {
        var html = await (await GetAsync(formPage)).Content.ReadAsStringAsync();
        var values = new Dictionary<string, string>(fields);
        foreach (var (name, pattern) in new[] { ("__RequestVerificationToken", TokenPattern()), (SubmissionKeyField, SubmissionKeyPattern()) })
        {
            var match = pattern.Match(html);
            if (match.Success && !values.ContainsKey(name))
            {
                values[name] = WebUtility.HtmlDecode(match.Groups[1].Value);
            }
        }

        return values;
    }

    public Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields) =>
        _client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Posts fields in order, a name as often as it occurs (a list of check boxes), as a browser sends a form.</summary>
    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        _client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields));

    /// <summary>Any request, as a hostile client may shape it (say, a GET with a form body).</summary>
    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _client.SendAsync(request);

    public void Dispose() => _client.Dispose();

    public const string SubmissionKeyField = "__SubmissionKey";

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"__SubmissionKey\" value=\"([^\"]+)\"")]
    private static partial Regex SubmissionKeyPattern();
}

public static class HttpResponseExtensions
{
    /// <summary>The page's HTML with entities decoded, so that tests can look for the text a person reads.</summary>
    public static async Task<string> TextAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
