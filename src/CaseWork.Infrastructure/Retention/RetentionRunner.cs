using Microsoft.Extensions.Logging;

namespace CaseWork.Infrastructure.Retention;

/// <summary>
/// Runs the retention rule over the whole register: counts the files kept, then deletes the due ones batch by batch,
/// each batch in its own transaction together with the run's updated counts, so the log always says exactly what is
/// gone. A dry run does the same deletes and rolls each batch back. Two runs never overlap (a session advisory lock).
/// </summary>
public sealed class RetentionRunner(
    CaseWorkDbContext db,
    RetentionCandidates candidates,
    PersonDeletion deletion,
    TimeProvider clock,
    ILogger<RetentionRunner> logger)
{
    public const int DefaultBatchSize = 500;

    private const long LockKey = 0x43_57_52_45_54; // "CWRET"

    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(10);

    /// <summary>The run, or null when another run holds the lock.</summary>
    public async Task<RetentionRun?> RunAsync(RetentionTrigger trigger, bool dryRun, int batchSize = DefaultBatchSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        db.Database.SetCommandTimeout(CommandTimeout);
        // The lock belongs to the session, so the connection stays open for the whole run.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await TryLockAsync(cancellationToken))
            {
                return null;
            }

            try
            {
                return await RunLockedAsync(trigger, dryRun, batchSize, cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public Task<List<RetentionRun>> LatestAsync(int count, CancellationToken cancellationToken) =>
        db.RetentionRuns.AsNoTracking().OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id).Take(count).ToListAsync(cancellationToken);

    private async Task<RetentionRun> RunLockedAsync(RetentionTrigger trigger, bool dryRun, int batchSize, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        await db.RetentionRuns.Where(r => r.Outcome == RetentionOutcome.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Outcome, RetentionOutcome.Interrupted), cancellationToken);
        var run = RetentionRun.Start(trigger, dryRun, today, clock.GetUtcNow());
        db.RetentionRuns.Add(run);
        await db.SaveChangesAsync(cancellationToken);
        try
        {
            var kept = await candidates.CountAsync(today, cancellationToken);
            run.Kept(kept.Exempt, kept.InUse);
            await db.SaveChangesAsync(cancellationToken);

            var totals = RetentionTotals.None;
            var after = Guid.Empty;
            while (true)
            {
                var (next, last, read) = await DeleteBatchAsync(run, totals, after, batchSize, today, dryRun, cancellationToken);
                totals = next;
                if (read < batchSize)
                {
                    break;
                }

                after = last;
            }

            if (!dryRun)
            {
                await ForgetOldFormKeysAsync(cancellationToken);
            }

            run.Record(totals);
            run.Finish(RetentionOutcome.Completed, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            logger.LogInformation(
                "Retention run {RunId} ({Trigger}, dry run {DryRun}): {People} people, {Rows} rows, {Exempt} kept for research, {InUse} kept in use",
                run.Id, trigger, dryRun, run.People, run.RowsTotal, run.Exempt, run.InUse);
            return run;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Retention run {RunId} failed", run.Id);
            await FinishAfterFailureAsync(run);
            throw;
        }
        catch (OperationCanceledException)
        {
            await FinishAfterFailureAsync(run);
            throw;
        }
    }

    /// <summary>One batch in one transaction: read the next due files, delete them, and (in a real run) log the new totals.</summary>
    private async Task<(RetentionTotals Totals, Guid Last, int Read)> DeleteBatchAsync(
        RetentionRun run, RetentionTotals totals, Guid after, int batchSize, DateOnly today, bool dryRun, CancellationToken cancellationToken)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var batch = await candidates.ReadAsync(after, batchSize, today, leaveOutExempt: true, ct);
            // The database found the files past the five years; the domain rule decides which of them go.
            var due = batch.Where(c => c.Assessment.Status == RetentionStatus.Due).ToList();
            var deleted = await deletion.DeleteAsync(due.Select(c => c.ApplicantId).ToList(), ct);
            var next = totals.Add(due.Count, due.Count(c => c.Assessment.IsOverdue(today)), deleted);
            if (dryRun)
            {
                await transaction.RollbackAsync(ct);
            }
            else
            {
                run.Record(next);
                // A retried batch writes the totals again even though the tracker saw them saved before the failure.
                db.Entry(run).State = EntityState.Modified;
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
            }

            return (next, batch.Count == 0 ? after : batch[^1].ApplicantId, batch.Count);
        }, cancellationToken);
    }

    /// <summary>Keys of saved forms only guard against sending the same form twice; after two days they have done their job.</summary>
    private async Task ForgetOldFormKeysAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().AddHours(-Submissions.FormSubmission.RetentionHours);
        var forgotten = await db.FormSubmissions.Where(s => s.SavedAt < before).ExecuteDeleteAsync(cancellationToken);
        logger.LogInformation("Retention forgot {Keys} keys of forms saved before {Before}", forgotten, before);
    }

    private async Task<bool> TryLockAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<bool>($"SELECT pg_try_advisory_lock({LockKey}) AS \"Value\"").SingleAsync(cancellationToken);

    private async Task FinishAfterFailureAsync(RetentionRun run)
    {
        try
        {
            db.ChangeTracker.Clear();
            var failed = await db.RetentionRuns.SingleAsync(r => r.Id == run.Id);
            failed.Finish(RetentionOutcome.Failed, clock.GetUtcNow());
            await db.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or Npgsql.NpgsqlException)
        {
            logger.LogError(ex, "Could not mark retention run {RunId} as failed", run.Id);
        }
    }
}
