using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel (a real port, so that Chromium can reach it) against the test database. Tests of hosting
/// (several instances, Production) make more with their own environment, settings or services.
/// </summary>
public sealed class CaseWorkAppFactory(
    string environment = "Testing",
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    public CapturedLog Log { get; } = new();

    /// <summary>Starts the app on Kestrel at a free port and returns its address.</summary>
    public Uri StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:CaseWork", TestDatabase.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        // Tests refresh the indicator summaries themselves; no scheduled refresh races them.
        builder.UseSetting("Indicators:RefreshMinutes", "0");
        // The whole run signs in as the same demo users from one address; LoginRateLimitTests use the real limits.
        builder.UseSetting("LoginRateLimit:PerUserNamePerMinute", "100000");
        builder.UseSetting("LoginRateLimit:PerAddressPerMinute", "100000");
        // Tests run retention themselves.
        builder.UseSetting("Retention:IntervalHours", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(testServices =>
        {
            testServices.ConfigureDbContext<CaseWorkDbContext>(options => options.AddInterceptors(Commands));
            testServices.AddSingleton<Serilog.Core.ILogEventSink>(Log);
            testServices.AddSingleton<IStartupFilter, FailingEndpoint>();
            testServices.AddSingleton<IStartupFilter, SlowEndpoint>();
            services?.Invoke(testServices);
        });
    }
}

/// <summary>A URL that throws, appended after the app's own pipeline, to prove that no stack trace reaches a page.</summary>
internal sealed class FailingEndpoint : IStartupFilter
{
    public const string Path = "/test-only/throw";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(_ => throw new InvalidOperationException("Simulated failure with secret detail")));
    };
}

/// <summary>A URL whose database read takes seconds, appended after the app's own pipeline, for a client to give up on.</summary>
internal sealed class SlowEndpoint : IStartupFilter
{
    public const string Path = "/test-only/slow-read";

    /// <summary>Released when a request has reached the endpoint, so that a test leaves only after the server took it.</summary>
    public static SemaphoreSlim Reached { get; } = new(0);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(async context =>
        {
            var db = context.RequestServices.GetRequiredService<CaseWorkDbContext>();
            Reached.Release();
            await db.Database.ExecuteSqlRawAsync("SELECT pg_sleep(10)", context.RequestAborted);
            await context.Response.WriteAsync("done", context.RequestAborted);
        }));
    };
}
