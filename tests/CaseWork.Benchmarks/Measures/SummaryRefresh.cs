using CaseWork.Benchmarks.Harness;
using CaseWork.Infrastructure.Indicators;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseWork.Benchmarks.Measures;

/// <summary>Rebuilding the indicator summaries over the whole register, as the background refresh does.</summary>
public sealed class SummaryRefresh : Measure
{
    public override string Name => "Summary refresh (full)";

    public override string Description =>
        "IndicatorSummaryRefresher.RebuildAsync over the whole register: the per-applicant month masks, referral and intervention rows, and 36 months of aid, referral and " +
        "intervention counts summed from them, rebuilt in one transaction. Raw: the same statements (IndicatorSummarySql) on one Npgsql connection in one " +
        "transaction. Plan versions are " +
        "judged by the first refresh (in the check), so the timed runs find none new on either side.";

    public override IReadOnlyList<string> Writes => [
        "indicator_changes", "indicator_aid_facts", "indicator_aid_months", "indicator_referral_facts", "indicator_referral_months",
        "indicator_intervention_facts", "indicator_intervention_months",
    ];

    public override int? Iterations => 5;

    // The check before it has already run both sides once; one more warms the JIT of the timed path.
    public override int? WarmUpIterations => 1;

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var refresher = new IndicatorSummaryRefresher(db, context.Quality, context.Clock, NullLogger<IndicatorSummaryRefresher>.Instance);
        await refresher.RebuildAsync("Benchmark", cancellationToken);
        return await TotalsAsync(context, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await RunRawAsync(context, [
            "DELETE FROM indicator_changes",
            IndicatorSummarySql.RebuildAid,
            IndicatorSummarySql.RebuildReferrals,
            IndicatorSummarySql.RebuildInterventions,
        ], cancellationToken);
        return await TotalsAsync(context, cancellationToken);
    }

    /// <summary>The statements in one transaction on one Npgsql connection, with the refresher's parameters.</summary>
    internal static async Task RunRawAsync(BenchContext context, IEnumerable<string> statements, CancellationToken cancellationToken)
    {
        var last = new DateOnly(context.Today.Year, context.Today.Month, 1);
        var first = last.AddMonths(-(IndicatorSummaryRefresher.MonthsKept - 1));
        var parameters = IndicatorSummaryRefresher.Parameters(first, last, context.Today, context.Today);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var sql in statements)
        {
            await using var command = context.Command(connection, sql);
            command.Transaction = transaction;
            command.CommandTimeout = 600;
            command.Parameters.AddRange(parameters());
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>What both sides must leave behind: the same totals in the three tables.</summary>
    internal static async Task<string> TotalsAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("""
            SELECT (SELECT coalesce(sum(households_paid), 0) || '/' || coalesce(sum(adults_long_term12), 0) || '/' || coalesce(sum(households_current_plan), 0) FROM indicator_aid_months)
                || ' ' || (SELECT coalesce(sum(enrolled), 0) || '/' || coalesce(sum(resurs_held), 0) FROM indicator_referral_months)
                || ' ' || (SELECT coalesce(sum(started), 0) FROM indicator_intervention_months)
            """);
        return (string)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
