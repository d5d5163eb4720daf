namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The head of every review page (<see cref="ReviewHeader"/>), read in one query with the case counts.</summary>
public static class ReviewHeaderQuery
{
    public static Task<ReviewHeader?> LoadAsync(CaseWorkDbContext db, Guid reviewId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.CaseReviews.AsNoTracking()
            .Where(r => r.Id == reviewId)
            .Select(r => new ReviewHeader(
                r.Id,
                new ReviewScope(r.UnitId, r.DistrictId, r.WorkerId, r.Status),
                db.Users.Where(u => u.Id == r.WorkerId).Select(u => u.DisplayName).Single(),
                db.Users.Where(u => u.Id == r.OpenedById).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).Single(),
                r.ReviewDate,
                r.CompletedOn,
                r.SignedAt,
                r.SignedByName,
                db.CaseReviewEntries.Count(e => e.ReviewId == r.Id),
                db.CaseReviewEntries.Count(e => e.ReviewId == r.Id && e.Decision == null)))
            .SingleOrDefaultAsync(cancellationToken);
    }
}

/// <summary>What every review page shows at the top.</summary>
public sealed record ReviewHeader(
    Guid Id,
    ReviewScope Scope,
    string WorkerName,
    string OpenedByName,
    string UnitName,
    DateOnly ReviewDate,
    DateOnly? CompletedOn,
    DateTimeOffset? SignedAt,
    string? SignedByName,
    int Cases,
    int Undecided)
{
    public bool IsCompleted => Scope.Status == CaseReviewStatus.Completed;

    /// <summary>The day the facts are read against: a signed review's facts are as of its signing, and so is what was overdue.</summary>
    public DateOnly FactsDay(DateOnly today) => CompletedOn ?? today;
}
