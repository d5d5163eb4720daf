using System.Globalization;
using CaseWork.Benchmarks.Harness;
using CaseWork.Benchmarks.Measures;
using Npgsql;

namespace CaseWork.Benchmarks;

/// <summary>
/// Times the app's reads against the same SQL on raw Npgsql, in one run, and prints a Markdown report.
/// Usage: CaseWork.Benchmarks [--connection "Host=…"] [--user socialsekreterare.st] [--iterations 200] [--warmup 20]
///        [--only "Case page"] [--out report.md] [--tsv medians.tsv] [--sql]
/// The connection string may also come from CASEWORK_BENCH_CONNECTION or ConnectionStrings__CaseWork.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = Options.Parse(args);
        if (options.Connection is null)
        {
            await Console.Error.WriteLineAsync("No database: pass --connection or set CASEWORK_BENCH_CONNECTION (scripts/bench does).");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        await using var context = await BenchContext.CreateAsync(options.Connection, options.User, options.ShowSql, cancel.Token);
        var runner = new MeasureRunner(context, options.WarmUp, options.Iterations);
        var results = new List<MeasureResult>();
        foreach (var measure in MeasureList.All().Where(m => options.Only is null || m.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase)))
        {
            Console.Error.WriteLine($"{measure.Name}…");
            var result = await runner.RunAsync(measure, cancel.Token);
            results.Add(result);
            if (result.Ratio is { } ratio)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  app {result.App!.Median:0.00} ms, raw {result.Raw!.Median:0.00} ms, ratio {ratio:0.00}"));
            }
        }

        var report = Report.Markdown(results, await DescribeAsync(context, options, cancel.Token));
        Console.WriteLine(report);
        if (options.Out is { } path)
        {
            await File.WriteAllTextAsync(path, report, cancel.Token);
        }

        if (options.Tsv is { } tsv)
        {
            // For scripts/bench, which sets the load run's request times against the same raw SQL.
            await File.WriteAllLinesAsync(tsv, results.Where(r => r.Ratio is not null).Select(r => string.Create(CultureInfo.InvariantCulture,
                $"{r.Measure.Name}\t{r.App!.Median:0.00}\t{r.Raw!.Median:0.00}\t{r.Ratio:0.00}")), cancel.Token);
        }

        return 0;
    }

    /// <summary>The data set, the unit read and the machine, so that a report can be compared with another.</summary>
    private static async Task<string> DescribeAsync(BenchContext context, Options options, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("""
            SELECT (SELECT count(*) FROM applicants), (SELECT count(*) FROM applicants WHERE unit_id = $1),
                   (SELECT count(*) FROM aid_months), (SELECT count(*) FROM journal_notes), (SELECT count(*) FROM referrals), version()
            """);
        command.Parameters.AddWithValue(context.UnitId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var load = File.Exists("/proc/loadavg") ? (await File.ReadAllTextAsync("/proc/loadavg", cancellationToken)).Split(' ')[0] : "?";
        return string.Create(CultureInfo.InvariantCulture,
            $"Run {DateTime.Now:yyyy-MM-dd HH:mm}: {reader.GetInt64(0):N0} applicants ({reader.GetInt64(1):N0} in the unit of {options.User}), " +
            $"{reader.GetInt64(2):N0} aid months, {reader.GetInt64(3):N0} journal notes, {reader.GetInt64(4):N0} referrals; " +
            $"{options.WarmUp} warm-up and {options.Iterations} timed iterations a side, interleaved; " +
            $"{Environment.ProcessorCount} cores, load average {load} at the end; {reader.GetString(5).Split(" on ")[0]}.");
    }

    private sealed record Options(string? Connection, string User, int Iterations, int WarmUp, string? Only, string? Out, string? Tsv, bool ShowSql)
    {
        public static Options Parse(string[] args)
        {
            string? Value(string name)
            {
                var at = Array.IndexOf(args, name);
                return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
            }

            return new Options(
                Value("--connection") ?? Environment.GetEnvironmentVariable("CASEWORK_BENCH_CONNECTION")
                    ?? Environment.GetEnvironmentVariable("ConnectionStrings__CaseWork"),
                Value("--user") ?? "socialsekreterare.st",
                int.Parse(Value("--iterations") ?? "200", CultureInfo.InvariantCulture),
                int.Parse(Value("--warmup") ?? "20", CultureInfo.InvariantCulture),
                Value("--only"),
                Value("--out"),
                Value("--tsv"),
                args.Contains("--sql"));
        }
    }
}
