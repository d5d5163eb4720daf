namespace CaseWork.Web.Access;

/// <summary>
/// Reads what <see cref="ReadRule"/> needs to know of a reader and an applicant in scope: whether the reader is the
/// assigned worker, runs an open review of the file, owns an open review action for it, or covers for its worker.
/// The assigned worker costs one query; others at most three more.
/// </summary>
public sealed class CaseReadFacts(CaseWorkDbContext db, AuditLog audit)
{
    /// <summary>The read's purpose, or that a reason must be asked for; null when the applicant is not in scope.</summary>
    public async Task<ReadDecision?> DecideAsync(HttpContext http, Guid applicantId)
    {
        ArgumentNullException.ThrowIfNull(http);
        var situation = await ForAsync(http.User, applicantId, http.RequestAborted);
        if (situation is null)
        {
            return null;
        }

        var held = ReadRule.TaskOf(situation) is null && db.CurrentUser.UserId is { } userId
            ? await audit.HeldReasonAsync(userId, applicantId, http.RequestAborted)
            : null;
        return ReadRule.Decide(situation, held);
    }

    /// <returns>Null when the applicant is not in the reader's scope (the scope filter answers for that).</returns>
    public async Task<ReadSituation?> ForAsync(ClaimsPrincipal reader, Guid applicantId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var userId = db.CurrentUser.UserId;
        var file = await db.Applicants.AsNoTracking().Where(a => a.Id == applicantId)
            .Select(a => new { a.AssignedWorkerId, a.UnitId })
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return null;
        }

        if (userId is not null && file.AssignedWorkerId == userId)
        {
            return new ReadSituation(IsAssignedWorker: true);
        }

        var ofTheUnit = db.CurrentUser.Scope.UnitId == file.UnitId;
        var socialWorker = ofTheUnit && reader.IsInRole(Roles.SocialWorker);
        var unitHead = ofTheUnit && reader.IsInRole(Roles.UnitHead);
        var inReview = unitHead && await db.CaseReviewEntries.AnyAsync(
            e => e.ApplicantId == applicantId
                && db.CaseReviews.Any(r => r.Id == e.ReviewId && r.UnitId == file.UnitId && r.Status != CaseReviewStatus.Completed),
            cancellationToken);
        var ownsAction = socialWorker && !inReview && await db.ReviewActions.AnyAsync(
            a => a.ApplicantId == applicantId && a.OwnerId == userId && a.DoneAt == null
                && db.CaseReviews.Any(r => r.Id == a.ReviewId && r.Status == CaseReviewStatus.Completed),
            cancellationToken);
        int? readerGroup = null, workerGroup = null;
        if (socialWorker && file.AssignedWorkerId is not null)
        {
            var groups = await db.Users.AsNoTracking()
                .Where(u => u.Id == userId || u.Id == file.AssignedWorkerId)
                .Select(u => new { u.Id, u.GroupId })
                .ToListAsync(cancellationToken);
            readerGroup = groups.FirstOrDefault(g => g.Id == userId)?.GroupId;
            workerGroup = groups.FirstOrDefault(g => g.Id == file.AssignedWorkerId)?.GroupId;
        }

        return new ReadSituation(
            IsAssignedWorker: false,
            InReviewOfReader: inReview,
            OwnsOpenReviewAction: ownsAction,
            IsSocialWorkerOfTheUnit: socialWorker,
            HasAssignedWorker: file.AssignedWorkerId is not null,
            ReaderGroupId: readerGroup,
            AssignedWorkerGroupId: workerGroup);
    }
}
