using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Indicators;

/// <summary>
/// Brings the dashboards' summary tables up to date from the records in one transaction, so readers see either the
/// old figures or the new ones: the slices whose records changed since the last refresh (ADR 0020), or everything.
/// Runs in the background and on demand; two runs never overlap (an advisory lock).
/// </summary>
public sealed class IndicatorSummaryRefresher(CaseWorkDbContext db, PlanQualityRules planRules, TimeProvider clock, ILogger<IndicatorSummaryRefresher> logger)
{
    /// <summary>Three years of months: this year and the two before, for comparisons with last year's tertials.</summary>
    public const int MonthsKept = 36;

    private const long LockKey = 0x43_57_49_4E_44; // "CWIND"
    private const int QualityBatch = 5_000;

    private static readonly TimeSpan RefreshTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Brings the summaries up to date with only what changed since the last refresh (ADR 0020); rebuilds everything
    /// before the first refresh, when a new month moves the window, and when today is before the last refresh's day. A
    /// new day within the month recounts only the applicants it changes (<see cref="IndicatorSummarySql.ClaimChanges"/>).
    /// </summary>
    public Task<SummaryRefresh> RefreshAsync(string trigger, CancellationToken cancellationToken = default) =>
        RunAsync(trigger, full: false, cancellationToken);

    /// <summary>Rebuilds every figure from the records, whatever changed.</summary>
    public Task<SummaryRefresh> RebuildAsync(string trigger, CancellationToken cancellationToken = default) =>
        RunAsync(trigger, full: true, cancellationToken);

    private async Task<SummaryRefresh> RunAsync(string trigger, bool full, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var startedAt = clock.GetUtcNow();
        var today = clock.Today();
        var last = new DateOnly(today.Year, today.Month, 1);
        var first = last.AddMonths(-(MonthsKept - 1));

        // A rebuild over a large register takes longer than a page's query may.
        db.Database.SetCommandTimeout(RefreshTimeout);
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [LockKey], ct);

            var latest = await LatestAsync(ct);
            var countedOn = latest is { CountedOn: { } on } && on <= today && latest.FirstMonth == first && latest.LastMonth == last && !full ? on : (DateOnly?)null;
            var parameters = Parameters(first, last, today, countedOn ?? today);
            if (countedOn is null)
            {
                await JudgeNewPlanVersionsAsync(db.WorkPlanVersions.IgnoreQueryFilters(), ct);
                // Every change so far is in the rebuild; those written while it runs stay for the next refresh.
                await db.Database.ExecuteSqlRawAsync("DELETE FROM indicator_changes", ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.RebuildAid, parameters(), ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.RebuildReferrals, parameters(), ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.RebuildInterventions, parameters(), ct);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.ClaimChanges, parameters(), ct);
                // A new version is a change of its applicant, so only the claimed applicants' versions can be new. Judged
                // after the claim: a version committed after it is judged next time, with its change.
                await JudgeNewPlanVersionsAsync(db.WorkPlanVersions.FromSqlRaw(IndicatorSummarySql.ClaimedVersions).IgnoreQueryFilters(), ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.UpdateAid, parameters(), ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.UpdateReferrals, parameters(), ct);
                await db.Database.ExecuteSqlRawAsync(IndicatorSummarySql.UpdateInterventions, parameters(), ct);
            }

            var refresh = new SummaryRefresh
            {
                StartedAt = startedAt,
                FinishedAt = clock.GetUtcNow(),
                DurationMs = (int)stopwatch.ElapsedMilliseconds,
                FirstMonth = first,
                LastMonth = last,
                Trigger = trigger,
                CountedOn = today,
                Full = countedOn is null,
            };
            db.SummaryRefreshes.Add(refresh);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation(
                "Indicator summaries refreshed ({Trigger}, {Kind}) in {Elapsed} ms", trigger, refresh.Full ? "full" : "incremental", refresh.DurationMs);
            return refresh;
        }, cancellationToken);
    }

    /// <summary>The newest completed refresh, or null before the first.</summary>
    public Task<SummaryRefresh?> LatestAsync(CancellationToken cancellationToken = default) =>
        db.SummaryRefreshes.AsNoTracking().OrderByDescending(r => r.FinishedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The parameters of <see cref="IndicatorSummarySql"/>.</summary>
    public static Func<object[]> Parameters(DateOnly first, DateOnly last, DateOnly today, DateOnly countedOn)
    {
        var baseMonth = first.AddMonths(-11);
        // Parameters cannot be shared between commands, so each statement gets its own set.
        return () =>
        [
            new NpgsqlParameter("first", NpgsqlDbType.Date) { Value = first },
            new NpgsqlParameter("last", NpgsqlDbType.Date) { Value = last },
            new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today },
            new NpgsqlParameter("counted_on", NpgsqlDbType.Date) { Value = countedOn },
            new NpgsqlParameter("month_count", NpgsqlDbType.Integer) { Value = MonthsKept },
            new NpgsqlParameter("base_index", NpgsqlDbType.Integer) { Value = (baseMonth.Year * 12) + baseMonth.Month - 1 },
        ];
    }

    /// <summary>
    /// Judges the plan versions of <paramref name="versions"/> the summaries have not seen, with the same rules the plan
    /// page shows. A version never changes, so each is judged once. A full rebuild looks at every version, an incremental
    /// refresh at the claimed applicants' only (looking at all for the few new ones took 0.6 to 1.5 s at 500,000).
    /// </summary>
    private async Task JudgeNewPlanVersionsAsync(IQueryable<WorkPlanVersion> versions, CancellationToken cancellationToken)
    {
        var quality = db.Set<PlanVersionQuality>();
        var after = 0L;
        while (true)
        {
            // Keyset over the version ids, so each batch reads on from the last instead of from the start.
            var from = after;
            var batch = await versions.AsNoTracking()
                .Where(v => v.Id > from && !quality.Any(q => q.VersionId == v.Id))
                .OrderBy(v => v.Id)
                .Select(v => new { v.Id, v.Content })
                .Take(QualityBatch)
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using (var writer = await connection.BeginBinaryImportAsync(
                "COPY plan_version_quality (version_id, valid_from, valid_to, individual_with_subgoals) FROM STDIN (FORMAT BINARY)", cancellationToken))
            {
                foreach (var version in batch)
                {
                    await writer.StartRowAsync(cancellationToken);
                    await writer.WriteAsync(version.Id, NpgsqlDbType.Bigint, cancellationToken);
                    await writer.WriteAsync(version.Content.ValidFrom, NpgsqlDbType.Date, cancellationToken);
                    await writer.WriteAsync(version.Content.ValidTo, NpgsqlDbType.Date, cancellationToken);
                    await writer.WriteAsync(IsIndividualWithSubgoals(version.Content), NpgsqlDbType.Boolean, cancellationToken);
                }

                await writer.CompleteAsync(cancellationToken);
            }

            if (batch.Count < QualityBatch)
            {
                return;
            }

            after = batch[^1].Id;
        }
    }

    private bool IsIndividualWithSubgoals(PlanContent content) => content.Subgoals.Count > 0 && !planRules.IsGenericGoal(content.Goal);
}
