using System.Diagnostics;

namespace CaseWork.Benchmarks.Harness;

/// <summary>
/// Runs a measure: a check that both sides return the same, a warm-up, then the iterations with the app's path and
/// the raw SQL interleaved (app first on even iterations, raw first on odd ones), so that whatever else the shared
/// machine is doing falls on both sides alike and neither always reads from the cache the other just warmed.
/// </summary>
public sealed class MeasureRunner(BenchContext context, int warmUp, int iterations)
{
    public async Task<MeasureResult> RunAsync(Measure measure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(measure);
        if (measure is PendingMeasure pending)
        {
            return new MeasureResult(measure, null, null, 0, 0, pending.Pending);
        }

        await measure.SetUpAsync(context, cancellationToken);
        var (appCommands, rawCommands) = await CheckAsync(measure, cancellationToken);
        var count = Math.Min(iterations, measure.Iterations ?? iterations);
        for (var i = 0; i < Math.Min(measure.WarmUpIterations ?? warmUp, count); i++)
        {
            await measure.AppAsync(context, i, cancellationToken);
            await measure.RawAsync(context, i, cancellationToken);
        }

        var app = new double[count];
        var raw = new double[count];
        for (var i = 0; i < count; i++)
        {
            if (i % 2 == 0)
            {
                app[i] = await TimeAsync(() => measure.AppAsync(context, i, cancellationToken));
                raw[i] = await TimeAsync(() => measure.RawAsync(context, i, cancellationToken));
            }
            else
            {
                raw[i] = await TimeAsync(() => measure.RawAsync(context, i, cancellationToken));
                app[i] = await TimeAsync(() => measure.AppAsync(context, i, cancellationToken));
            }
        }

        await VacuumAsync(measure.Writes, cancellationToken);
        return new MeasureResult(measure, Timings.Of(app), Timings.Of(raw), appCommands, rawCommands, null);
    }

    private async Task VacuumAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        if (tables.Count > 0)
        {
            await using var vacuum = context.DataSource.CreateCommand($"VACUUM (ANALYZE) {string.Join(", ", tables)}");
            vacuum.CommandTimeout = 0;
            await vacuum.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Iteration 0 through both sides: the same result, and how many commands each sends.</summary>
    private async Task<(int App, int Raw)> CheckAsync(Measure measure, CancellationToken cancellationToken)
    {
        context.ResetCounts();
        var app = measure.Fingerprint(await measure.AppAsync(context, 0, cancellationToken));
        var appCommands = context.AppCommands;
        var raw = measure.Fingerprint(await measure.RawAsync(context, 0, cancellationToken));
        if (app != raw)
        {
            throw new InvalidOperationException($"{measure.Name}: the raw SQL does not return what the app's query does.\napp: {app}\nraw: {raw}");
        }

        return (appCommands, context.RawCommands);
    }

    private static async Task<double> TimeAsync(Func<Task<object>> iteration)
    {
        var start = Stopwatch.GetTimestamp();
        await iteration();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
}
