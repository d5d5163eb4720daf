using System.Globalization;
using System.Text;

namespace CaseWork.Benchmarks.Harness;

/// <summary>The run as a Markdown table (for docs/performance.md) with what it ran on.</summary>
public static class Report
{
    public static string Markdown(IReadOnlyList<MeasureResult> results, string setting)
    {
        ArgumentNullException.ThrowIfNull(results);
        var text = new StringBuilder();
        text.AppendLine(setting).AppendLine();
        text.AppendLine("| measure | app (EF Core) median / p95 | raw Npgsql median / p95 | ratio median | ratio p95 | commands app / raw |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var result in results)
        {
            if (result.NotRun is { } why)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"| {result.Measure.Name} | – | – | – | – | {why} |");
                continue;
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {result.Measure.Name} | {Ms(result.App!.Median)} / {Ms(result.App.P95)} | {Ms(result.Raw!.Median)} / {Ms(result.Raw.P95)} " +
                $"| {result.Ratio:0.00} | {result.RatioP95:0.00} | {result.AppCommands} / {result.RawCommands} |");
        }

        text.AppendLine();
        foreach (var result in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- **{result.Measure.Name}**: {result.Measure.Description}");
        }

        return text.ToString();
    }

    private static string Ms(double milliseconds) => milliseconds.ToString("0.00", CultureInfo.InvariantCulture) + " ms";
}
