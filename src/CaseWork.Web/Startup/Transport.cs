using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace CaseWork.Web.Startup;

/// <summary>
/// HTTPS outside Development: HSTS and redirection from http. Behind a TLS-terminating proxy the app learns the
/// original scheme and client address from X-Forwarded-Proto and X-Forwarded-For, trusted only from the proxies
/// configured under <c>ForwardedHeaders</c> (and from this machine, ASP.NET Core's default).
/// </summary>
public static class Transport
{
    public const string Section = "ForwardedHeaders";

    public static void AddTransportSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        var proxies = configuration.GetSection(Section).Get<ForwardedHeadersSettings>() ?? new();
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in proxies.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
    }

    /// <summary>Forwarded headers first, so that everything after (HSTS, redirection, rate limits, logs) sees the client's request.</summary>
    public static void UseForwardedClient(this IApplicationBuilder app) => app.UseForwardedHeaders();

    public static void UseHttpsOutsideDevelopment(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment() && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
    }
}

public sealed class ForwardedHeadersSettings
{
    /// <summary>Addresses of the reverse proxies, e.g. "10.0.0.5".</summary>
    public IReadOnlyList<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in, e.g. "10.0.0.0/24".</summary>
    public IReadOnlyList<string> KnownNetworks { get; set; } = [];
}
