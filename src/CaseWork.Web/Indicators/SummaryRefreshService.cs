using System.Threading.Channels;
using CaseWork.Infrastructure.Indicators;

namespace CaseWork.Web.Indicators;

/// <summary>Asks the background refresh to run now (the dashboard's "Uppdatera nu").</summary>
public sealed class SummaryRefreshSignal
{
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>True while a refresh asked for on demand has not finished.</summary>
    public bool Pending { get; private set; }

    public const string OnDemand = "OnDemand";

    public void Request()
    {
        Pending = true;
        _requests.Writer.TryWrite(OnDemand);
    }

    internal ChannelReader<string> Requests => _requests.Reader;

    internal void Done() => Pending = false;
}

public sealed class IndicatorOptions
{
    public const string Section = "Indicators";

    /// <summary>Minutes between scheduled refreshes; 0 turns the schedule off (refresh on demand only).</summary>
    public int RefreshMinutes { get; set; } = 15;
}

/// <summary>
/// Keeps the dashboards' summaries fresh: at start when they are missing or old, every
/// <see cref="IndicatorOptions.RefreshMinutes"/>, and whenever someone asks for it.
/// </summary>
public sealed class SummaryRefreshService(
    IServiceScopeFactory scopes,
    SummaryRefreshSignal signal,
    Microsoft.Extensions.Options.IOptions<IndicatorOptions> options,
    TimeProvider clock,
    ILogger<SummaryRefreshService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMinutes(options.Value.RefreshMinutes);
        if (interval > TimeSpan.Zero && await IsStaleAsync(interval, stoppingToken))
        {
            await RefreshAsync("Startup", stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var trigger = await NextTriggerAsync(interval, stoppingToken);
            await RefreshAsync(trigger, stoppingToken);
        }
    }

    private async Task<string> NextTriggerAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return await signal.Requests.ReadAsync(stoppingToken);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timeout.CancelAfter(interval);
        try
        {
            return await signal.Requests.ReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return "Scheduled";
        }
    }

    private async Task<bool> IsStaleAsync(TimeSpan interval, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var latest = await scope.ServiceProvider.GetRequiredService<IndicatorSummaryRefresher>().LatestAsync(stoppingToken);
            return latest is null || clock.GetUtcNow() - latest.FinishedAt > interval;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not read when the indicator summaries were last refreshed");
            return true;
        }
    }

    private async Task RefreshAsync(string trigger, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var refresher = scope.ServiceProvider.GetRequiredService<IndicatorSummaryRefresher>();
            // Asked for by a person: everything from the records. Otherwise only what changed (ADR 0020).
            await (trigger == SummaryRefreshSignal.OnDemand
                ? refresher.RebuildAsync(trigger, stoppingToken)
                : refresher.RefreshAsync(trigger, stoppingToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The dashboards keep showing the last good figures, with their "as of" time.
            logger.LogError(ex, "Refreshing the indicator summaries failed");
        }
        finally
        {
            signal.Done();
        }
    }
}
