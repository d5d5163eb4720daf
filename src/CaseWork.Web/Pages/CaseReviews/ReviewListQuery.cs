namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The reviews page's reads: the reviews as rows, a worker's ongoing review and their last completed one.</summary>
public static class ReviewListQuery
{
    public static IQueryable<ReviewRow> ReviewRows(this CaseWorkDbContext db, IQueryable<CaseReview> reviews) =>
        reviews.Select(r => new ReviewRow(
            r.Id,
            r.WorkerId,
            db.Users.Where(u => u.Id == r.WorkerId).Select(u => u.DisplayName).Single(),
            r.ReviewDate,
            r.CompletedOn,
            r.SignedByName,
            db.CaseReviewEntries.Count(e => e.ReviewId == r.Id),
            db.CaseReviewEntries.Count(e => e.ReviewId == r.Id && e.Decision != null)));

    public static Task<Guid?> OngoingReviewOfAsync(this CaseWorkDbContext db, string workerId, CancellationToken cancellationToken) =>
        db.CaseReviews.Where(r => r.WorkerId == workerId && r.Status == CaseReviewStatus.Ongoing).Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken);

    public static Task<DateOnly?> LastCompletedReviewOnAsync(this CaseWorkDbContext db, string workerId, CancellationToken cancellationToken) =>
        db.CaseReviews.Where(r => r.WorkerId == workerId && r.Status == CaseReviewStatus.Completed).MaxAsync(r => r.CompletedOn, cancellationToken);
}

/// <summary>A social worker of the unit, with their caseload and when their caseload was last reviewed.</summary>
public sealed record WorkerRow(string Id, string Name, int Cases, DateOnly? LastCompletedOn, Guid? OngoingReviewId)
{
    public bool IsOverdue(DateOnly today) => ReviewInterval.IsOverdue(LastCompletedOn, today);
}

public sealed record ReviewRow(Guid Id, string WorkerId, string WorkerName, DateOnly ReviewDate, DateOnly? CompletedOn, string? SignedByName, int Cases, int Decided);
