namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// The reviews page's reads: for a unit head or a manager, each social worker of the scope with their caseload, their
/// last completed review and their ongoing one; the ongoing reviews; a page of the completed ones (a social worker's
/// own only). A constant number of queries, each bounded by the scope's workers and reviews.
/// </summary>
public sealed class ReviewOverviewQuery(CaseWorkDbContext db, ReviewWorkersQuery workers)
{
    public async Task<ReviewOverview> LoadAsync(CaseReviewAccess access, int pageNumber, int pageSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        var reviews = db.CaseReviews.AsNoTracking();
        if (access.SeesOwnReviewsOnly)
        {
            var me = db.CurrentUser.UserId;
            reviews = reviews.Where(r => r.WorkerId == me);
        }

        List<ReviewRow> ongoing = [];
        List<WorkerRow> workerRows = [];
        if (access.SeesWorkers)
        {
            ongoing = await db.ReviewRows(reviews.Where(r => r.Status == CaseReviewStatus.Ongoing).OrderBy(r => r.ReviewDate).ThenBy(r => r.Id))
                .ToListAsync(cancellationToken);
            workerRows = await WorkersAsync(reviews, ongoing, cancellationToken);
        }

        var completed = reviews.Where(r => r.Status == CaseReviewStatus.Completed);
        var completedCount = await completed.CountAsync(cancellationToken);
        var page = Math.Clamp(pageNumber, 1, Math.Max(1, (int)Math.Ceiling(completedCount / (double)pageSize)));
        var rows = await db.ReviewRows(completed.OrderByDescending(r => r.CompletedOn).ThenByDescending(r => r.Id))
            .Skip((page - 1) * pageSize).Take(pageSize)
            .ToListAsync(cancellationToken);
        return new ReviewOverview(workerRows, ongoing, rows, completedCount, page);
    }

    /// <summary>The scope's social workers; their caseloads are counted for them alone, by the index on the assigned worker.</summary>
    private async Task<List<WorkerRow>> WorkersAsync(IQueryable<CaseReview> reviews, List<ReviewRow> ongoing, CancellationToken cancellationToken)
    {
        var inScope = await workers.InScopeAsync(db.CurrentUser.Scope, cancellationToken);
        var ids = inScope.Select(w => w.Id).ToList();
        var last = await reviews.Where(r => r.Status == CaseReviewStatus.Completed)
            .GroupBy(r => r.WorkerId)
            .Select(g => new { WorkerId = g.Key, Last = g.Max(r => r.CompletedOn) })
            .ToDictionaryAsync(x => x.WorkerId, x => x.Last, cancellationToken);
        var caseloads = await db.Applicants.AsNoTracking()
            .Where(a => a.AssignedWorkerId != null && ids.Contains(a.AssignedWorkerId))
            .GroupBy(a => a.AssignedWorkerId!)
            .Select(g => new { WorkerId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.WorkerId, x => x.Count, cancellationToken);
        var ongoingBy = ongoing.ToDictionary(r => r.WorkerId, r => r.Id);
        return inScope.Select(w => new WorkerRow(
            w.Id,
            w.Name,
            caseloads.GetValueOrDefault(w.Id),
            last.GetValueOrDefault(w.Id),
            ongoingBy.TryGetValue(w.Id, out var id) ? id : null)).ToList();
    }
}

/// <summary>What the reviews page shows; <see cref="PageNumber"/> is the page of the completed reviews, kept in range.</summary>
public sealed record ReviewOverview(List<WorkerRow> Workers, List<ReviewRow> Ongoing, List<ReviewRow> Completed, int CompletedCount, int PageNumber);
