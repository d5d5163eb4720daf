using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>The real app on Kestrel (a real port, so that Chromium can reach it) against the test database.</summary>
public sealed class CaseWorkAppFactory : WebApplicationFactory<Program>
{
    public CommandCounter Commands { get; } = new();

    public CapturedLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:CaseWork", TestDatabase.ConnectionString);
        builder.UseSetting("Database:SeedDemoData", "false");
        // Tests refresh the indicator summaries themselves; no scheduled refresh races them.
        builder.UseSetting("Indicators:RefreshMinutes", "0");
        // Tests run retention themselves.
        builder.UseSetting("Retention:IntervalHours", "0");
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<CaseWorkDbContext>(options => options.AddInterceptors(Commands));
            services.AddSingleton<Serilog.Core.ILogEventSink>(Log);
            services.AddSingleton<IStartupFilter, FailingEndpoint>();
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
