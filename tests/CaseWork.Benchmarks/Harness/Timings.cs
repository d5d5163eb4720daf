namespace CaseWork.Benchmarks.Harness;

/// <summary>Milliseconds of one side's iterations: the median and the 95th percentile (nearest rank).</summary>
public sealed record Timings(double Median, double P95, int Count)
{
    public static Timings Of(IReadOnlyCollection<double> milliseconds)
    {
        ArgumentNullException.ThrowIfNull(milliseconds);
        var sorted = milliseconds.Order().ToArray();
        return new Timings(Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Length);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>One measure's outcome: both sides' timings and commands per iteration, or why it was not run.</summary>
public sealed record MeasureResult(Measure Measure, Timings? App, Timings? Raw, int AppCommands, int RawCommands, string? NotRun)
{
    /// <summary>How many times the app's path takes the raw SQL's time, by the medians.</summary>
    public double? Ratio => App is null || Raw is null ? null : App.Median / Raw.Median;

    public double? RatioP95 => App is null || Raw is null ? null : App.P95 / Raw.P95;
}
