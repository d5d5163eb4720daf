using System.Net;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// A cookie jar that behaves like Chromium: http://localhost and http://127.0.0.1 are secure contexts, so Secure
/// (and <c>__Host-</c>) cookies set by the app on the test's plain-http Kestrel are kept and sent back.
/// HttpClient's own CookieContainer never sends a Secure cookie over http.
/// </summary>
public sealed class BrowserCookies
{
    private readonly CookieContainer _container = new();

    public IReadOnlyList<Cookie> For(Uri address) => [.. _container.GetCookies(Secure(address)).Cast<Cookie>()];

    internal string Header(Uri address) => _container.GetCookieHeader(Secure(address));

    internal void Store(Uri address, IEnumerable<string> setCookieHeaders)
    {
        foreach (var header in setCookieHeaders)
        {
            _container.SetCookies(Secure(address), header);
        }
    }

    private static Uri Secure(Uri address) =>
        address.Scheme == Uri.UriSchemeHttp && address.IsLoopback ? new UriBuilder(address) { Scheme = Uri.UriSchemeHttps, Port = 443 }.Uri : address;
}

internal sealed class BrowserCookieHandler(BrowserCookies cookies) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var address = request.RequestUri!;
        if (cookies.Header(address) is { Length: > 0 } header)
        {
            request.Headers.Add("Cookie", header);
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (response.Headers.TryGetValues("Set-Cookie", out var setCookies))
        {
            cookies.Store(address, setCookies);
        }

        return response;
    }
}
