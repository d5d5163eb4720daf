using CaseWork.Infrastructure.Indicators;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Pages.Help;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace CaseWork.Web.Startup;

public static class Pipeline
{
    public static void UseCaseWork(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Validation messages name their field by its label (Validation/FieldNames.cs).
        Validation.FieldNames.Use(app.Services.GetRequiredService<IStringLocalizerFactory>());
        app.UseForwardedClient();
        app.UseSecurityHeaders();
        app.UseHostCookies();
        // Never a stack trace on a page, not even in Development: the log has the details.
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/Error",
            // The database being down is not a fault in the request: 503 says "try again", as the page does.
            StatusCodeSelector = ex => DatabaseOutage.IsCause(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePagesWithReExecute("/StatusCode", "?code={0}");
        app.UseHttpsOutsideDevelopment();

        app.UseSerilogRequestLogging(options =>
        {
            // Request paths only: query strings may hold a searched personnummer.
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // This host's logger, not the static one: another host in the process (a test's second app) replaces and
            // then closes the static logger, and this app's request lines would go nowhere.
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
        });
        app.UseClientAbortedRequests();
        app.UseOldAddressRedirects();
        app.UseStaticFiles();
        app.UseUserGuideImages();
        app.UseRequestLocalization();
        // A posted form is read as typed, so that a control character is refused by its field, not as a bare 400.
        app.UseTypedForms();
        app.UseRouting();
        app.UseLoginRateLimiting();
        app.UseAuthentication();
        app.UseNoStoreForSignedInUsers();
        app.UseTwoFactorRequirement();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapRazorPages();
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection("Database");
        if (!options.GetValue("MigrateOnStartup", true))
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync(
            seedDemoData: app.Environment.IsDevelopment() && options.GetValue("SeedDemoData", true),
            demoApplicants: options.GetValue("DemoApplicants", 2000));
        var bootstrap = app.Configuration.GetSection("Bootstrap");
        if (bootstrap["AdminUserName"] is { Length: > 0 } adminUserName && bootstrap["AdminPassword"] is { Length: > 0 } adminPassword)
        {
            await initializer.EnsureAdministratorAsync(adminUserName, adminPassword);
        }
    }

    /// <summary>`--seed-large=N`: load N benchmark applicants with binary COPY, then exit.</summary>
    public static async Task<bool> RunCommandLineTasksAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var large = app.Configuration.GetValue<int?>("seed-large");
        if (large is null)
        {
            return false;
        }

        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var report = await scope.ServiceProvider.GetRequiredService<LargeDataSeeder>().SeedAsync(large.Value);
        // The loader does not note its rows for the incremental refresh (ADR 0020): the figures are rebuilt whole.
        await scope.ServiceProvider.GetRequiredService<IndicatorSummaryRefresher>().RebuildAsync("Large data set");
        foreach (var (table, rows) in report.Rows)
        {
            Console.WriteLine($"{table,-24}{rows,12:N0}");
        }

        Console.WriteLine($"Loaded {report.Applicants:N0} applicants ({report.TotalRows:N0} rows) in {report.Elapsed.TotalSeconds:0.0} s.");
        return true;
    }
}
