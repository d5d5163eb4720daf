using System.Net;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace CaseWork.Web.Tests.Security;

/// <summary>
/// The app in the Production environment (in memory, against the test database): HSTS on https, redirection from
/// http, and a TLS-terminating proxy's X-Forwarded-Proto believed only from the configured proxy.
/// </summary>
[Collection(AppTestGroup.Name)]
public sealed class TransportTests : IDisposable
{
    private const string Proxy = "10.0.0.5";
    private const string PublicHost = "casework.example.se";

    private readonly CaseWorkAppFactory _production = new(
        environment: "Production",
        settings: new Dictionary<string, string?>
        {
            ["https_port"] = "443",
            // As docs/operations.md asks of a production configuration: the public name the proxy passes on.
            ["AllowedHosts"] = PublicHost,
            ["ForwardedHeaders:KnownProxies:0"] = Proxy,
        });

    [Fact]
    public async Task Https_CarriesHsts()
    {
        var response = await SendAsync("https", "/Account/Login");

        response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        response.Headers.StrictTransportSecurity.ToString().ShouldBe("max-age=31536000");
        response.Headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
    }

    [Fact]
    public async Task Http_IsRedirectedToHttps_WithTheSecurityHeaders()
    {
        var response = await SendAsync("http", "/Account/Login");

        response.StatusCode.ShouldBe(StatusCodes.Status307TemporaryRedirect);
        response.Headers.Location.ToString().ShouldBe($"https://{PublicHost}/Account/Login");
        response.Headers.ContentSecurityPolicy.ToString().ShouldContain("frame-ancestors 'none'");
        response.Headers.XContentTypeOptions.ToString().ShouldBe("nosniff");
    }

    [Fact]
    public async Task BehindTheConfiguredProxy_ForwardedHttpsIsBelieved()
    {
        var response = await SendAsync("http", "/Account/Login", remote: Proxy, forwardedProto: "https");

        response.StatusCode.ShouldBe(StatusCodes.Status200OK);
        response.Headers.StrictTransportSecurity.ToString().ShouldBe("max-age=31536000");
    }

    [Fact]
    public async Task FromAnyoneElse_ForwardedHttpsIsIgnored()
    {
        var response = await SendAsync("http", "/Account/Login", remote: "203.0.113.9", forwardedProto: "https");

        response.StatusCode.ShouldBe(StatusCodes.Status307TemporaryRedirect);
    }

    public void Dispose() => _production.Dispose();

    private async Task<HttpResponse> SendAsync(string scheme, string path, string remote = "192.0.2.10", string? forwardedProto = null)
    {
        var context = await _production.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Scheme = scheme;
            c.Request.Host = new HostString(PublicHost);
            c.Request.Path = path;
            c.Connection.RemoteIpAddress = IPAddress.Parse(remote);
            if (forwardedProto is not null)
            {
                c.Request.Headers["X-Forwarded-Proto"] = forwardedProto;
                c.Request.Headers["X-Forwarded-For"] = "198.51.100.7";
            }
        });
        return context.Response;
    }
}
