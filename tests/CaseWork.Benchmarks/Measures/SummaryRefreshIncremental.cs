using CaseWork.Benchmarks.Harness;
using CaseWork.Infrastructure.Indicators;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The background refresh after an hour of work (ADR 0020): a fixed batch of changed applicants across the register,
/// then only their masks and the slices they touch recounted.
/// </summary>
public sealed class SummaryRefreshIncremental : Measure
{
    /// <summary>About an hour of a national register's work: each change marks one applicant.</summary>
    public const int ChangedApplicants = 2_000;

    /// <summary>
    /// The batch: this month's aid decisions of <see cref="ChangedApplicants"/> applicants written again, a different
    /// slice of the register each iteration. The triggers note each applicant as any save of an aid month does.
    /// </summary>
    private const string Changes = """
        UPDATE aid_months SET decision = decision
        WHERE id IN (SELECT id FROM aid_months WHERE month = date_trunc('month', @today)::date ORDER BY id OFFSET @offset LIMIT @changed)
        """;

    public override string Name => "Summary refresh (incremental)";

    public override string Description =>
        $"The batch of changes ({ChangedApplicants:N0} applicants' aid months of this month written again, spread over the register), then " +
        "IndicatorSummaryRefresher.RefreshAsync: the changed applicants' masks recomputed and the (district, month) slices they touch " +
        "summed again, and their referral and intervention rows recomputed with the difference added to those summaries. Raw: the same " +
        "batch and the same statements (IndicatorSummarySql.ClaimChanges, UpdateAid, UpdateReferrals, UpdateInterventions) on one Npgsql " +
        "connection in one transaction.";

    public override IReadOnlyList<string> Writes => [
        "aid_months", "due_items", "indicator_changes", "indicator_aid_facts", "indicator_aid_months",
        "indicator_referral_facts", "indicator_referral_months", "indicator_intervention_facts", "indicator_intervention_months",
    ];

    public override int? Iterations => 10;

    public override int? WarmUpIterations => 1;

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await ChangeAsync(context, iteration, cancellationToken);
        await using var db = context.NewDbContext();
        var refresher = new IndicatorSummaryRefresher(db, context.Quality, context.Clock, NullLogger<IndicatorSummaryRefresher>.Instance);
        var refresh = await refresher.RefreshAsync("Benchmark", cancellationToken);
        if (refresh.Full)
        {
            throw new InvalidOperationException("The refresh rebuilt everything; run the full refresh measure first.");
        }

        return await SummaryRefresh.TotalsAsync(context, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await ChangeAsync(context, iteration, cancellationToken);
        await SummaryRefresh.RunRawAsync(context, [
            IndicatorSummarySql.ClaimChanges,
            IndicatorSummarySql.UpdateAid,
            IndicatorSummarySql.UpdateReferrals,
            IndicatorSummarySql.UpdateInterventions,
        ], cancellationToken);
        return await SummaryRefresh.TotalsAsync(context, cancellationToken);
    }

    private static async Task ChangeAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand(Changes);
        command.Parameters.AddWithValue("today", context.Today);
        command.Parameters.AddWithValue("offset", iteration * ChangedApplicants);
        command.Parameters.AddWithValue("changed", ChangedApplicants);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
