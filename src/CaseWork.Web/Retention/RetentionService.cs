using CaseWork.Infrastructure.Retention;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Retention;

/// <summary>
/// Runs retention on a schedule: every <see cref="RetentionOptions.IntervalHours"/> after the last real run, whoever
/// started it. Off when the interval is 0 (tests, and Development, so the demo keeps its due files).
/// </summary>
public sealed class RetentionService(
    IServiceScopeFactory scopes,
    IOptions<RetentionOptions> options,
    TimeProvider clock,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromHours(options.Value.IntervalHours);
        if (interval <= TimeSpan.Zero)
        {
            return;
        }

        DateTimeOffset? lastAttempt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            // A run that failed before it could log itself still counts, so a broken database is not hammered.
            var lastRun = await LastRunStartedAtAsync(stoppingToken);
            var last = lastAttempt > lastRun || lastRun is null ? lastAttempt : lastRun;
            await Task.Delay(RetentionSchedule.WaitBefore(last, interval, clock.GetUtcNow()), clock, stoppingToken);
            lastAttempt = clock.GetUtcNow();
            await RunAsync(stoppingToken);
        }
    }

    private async Task<DateTimeOffset?> LastRunStartedAtAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>().RetentionRuns
                .Where(r => !r.DryRun).MaxAsync(r => (DateTimeOffset?)r.StartedAt, stoppingToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Without the log the schedule cannot tell when the last run was; it waits a whole interval rather than guess.
            logger.LogWarning(ex, "Could not read when retention last ran");
            return clock.GetUtcNow();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var run = await scope.ServiceProvider.GetRequiredService<RetentionRunner>()
                .RunAsync(RetentionTrigger.Scheduled, dryRun: false, options.Value.BatchSize, stoppingToken);
            if (run is null)
            {
                logger.LogInformation("Retention is already running elsewhere; the scheduled run waits for the next interval");
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The runner has logged the failure and marked its run failed; the next interval tries again.
            logger.LogError(ex, "The scheduled retention run failed");
        }
    }
}
