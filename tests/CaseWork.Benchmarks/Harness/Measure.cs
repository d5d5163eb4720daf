using Npgsql;

namespace CaseWork.Benchmarks.Harness;

/// <summary>
/// One thing the harness times: the app's own code path (EF Core, the page's query classes) and the same reads as
/// hand-written SQL on raw Npgsql. Adding a measure is one small class deriving from this.
/// </summary>
public abstract class Measure
{
    public abstract string Name { get; }

    /// <summary>What is timed, for the report.</summary>
    public abstract string Description { get; }

    /// <summary>Timed iterations a side when the run's default is too many (a refresh takes seconds, not milliseconds).</summary>
    public virtual int? Iterations => null;

    /// <summary>Warm-up iterations a side when the run's default is too many.</summary>
    public virtual int? WarmUpIterations => null;

    /// <summary>
    /// The tables a measure's iterations write. The runner vacuums them after timing, as autovacuum would after a
    /// working hour: otherwise the index-only reads of the measures after it fetch the heap for every row it touched.
    /// </summary>
    public virtual IReadOnlyList<string> Writes => [];

    /// <summary>Picks what the iterations read (ids, cursors), once, before warm-up.</summary>
    public virtual Task SetUpAsync(BenchContext context, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>One iteration through the app's code; returns what a check can compare with <see cref="RawAsync"/>.</summary>
    public abstract Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken);

    /// <summary>The same iteration as hand-written SQL through <see cref="NpgsqlCommand"/>.</summary>
    public abstract Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken);

    /// <summary>
    /// Before timing, both sides run iteration 0 and their results must agree by this, so that the raw SQL is
    /// really the same query. The default compares the results' text.
    /// </summary>
    public virtual string Fingerprint(object result) => result.ToString() ?? string.Empty;
}

/// <summary>A measure that cannot run yet, reported as a slot so that the report keeps its shape.</summary>
public abstract class PendingMeasure : Measure
{
    /// <summary>Why there is nothing to time yet.</summary>
    public abstract string Pending { get; }

    public sealed override Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        throw new NotSupportedException(Pending);

    public sealed override Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken) =>
        throw new NotSupportedException(Pending);
}
