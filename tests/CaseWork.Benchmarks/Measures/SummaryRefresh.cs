using CaseWork.Benchmarks.Harness;
using CaseWork.Infrastructure.Indicators;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseWork.Benchmarks.Measures;

/// <summary>Rebuilding the indicator summaries over the whole register, as the background refresh does.</summary>
public sealed class SummaryRefresh : Measure
{
    public override string Name => "Summary refresh";

    public override string Description =>
        "IndicatorSummaryRefresher.RefreshAsync over the whole register: 36 months of aid, referral and intervention counts rebuilt in one " +
        "transaction. Raw: the same three statements (IndicatorSummarySql) on one Npgsql connection in one transaction. Plan versions are " +
        "judged by the first refresh (in the check), so the timed runs find none new on either side.";

    public override int? Iterations => 5;

    // The check before it has already run both sides once; one more warms the JIT of the timed path.
    public override int? WarmUpIterations => 1;

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var refresher = new IndicatorSummaryRefresher(db, context.Quality, context.Clock, NullLogger<IndicatorSummaryRefresher>.Instance);
        await refresher.RefreshAsync("Benchmark", cancellationToken);
        return await TotalsAsync(context, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        var last = new DateOnly(context.Today.Year, context.Today.Month, 1);
        var first = last.AddMonths(-(IndicatorSummaryRefresher.MonthsKept - 1));
        var baseMonth = first.AddMonths(-11);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in new[] { IndicatorSummarySql.RebuildAid, IndicatorSummarySql.RebuildReferrals, IndicatorSummarySql.RebuildInterventions })
        {
            await using var command = context.Command(connection, sql);
            command.Transaction = transaction;
            command.CommandTimeout = 600;
            command.Parameters.AddWithValue("first", first);
            command.Parameters.AddWithValue("last", last);
            command.Parameters.AddWithValue("today", context.Today);
            command.Parameters.AddWithValue("month_count", IndicatorSummaryRefresher.MonthsKept);
            command.Parameters.AddWithValue("base_index", (baseMonth.Year * 12) + baseMonth.Month - 1);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return await TotalsAsync(context, cancellationToken);
    }

    /// <summary>What both sides must leave behind: the same totals in the three tables.</summary>
    private static async Task<string> TotalsAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("""
            SELECT (SELECT coalesce(sum(households_paid), 0) || '/' || coalesce(sum(adults_long_term12), 0) || '/' || coalesce(sum(households_current_plan), 0) FROM indicator_aid_months)
                || ' ' || (SELECT coalesce(sum(enrolled), 0) || '/' || coalesce(sum(resurs_held), 0) FROM indicator_referral_months)
                || ' ' || (SELECT coalesce(sum(started), 0) FROM indicator_intervention_months)
            """);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
