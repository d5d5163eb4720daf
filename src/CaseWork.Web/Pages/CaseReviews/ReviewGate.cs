namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// Decides, in every review handler, whether the signed-in user may read or run the review asked for. A review outside
/// the user's scope answers 404, one they may see but not use 403; both leave an audit row, as refused case reads do.
/// </summary>
public sealed class ReviewGate(CaseWorkDbContext db, AuditLog audit)
{
    public CaseReviewAccess AccessOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return CaseReviewAccess.For(user.FindAll(ClaimTypes.Role).Select(c => c.Value), db.CurrentUser.Scope, db.CurrentUser.UserId);
    }

    /// <summary>The review's header when the user may read it (or run it, when <paramref name="toRun"/>), else the refusal.</summary>
    public async Task<(ReviewHeader? Header, IActionResult? Refusal)> OpenAsync(ClaimsPrincipal user, Guid reviewId, bool toRun, string what, CancellationToken cancellationToken)
    {
        var access = AccessOf(user);
        var header = access.MayList ? await ReviewHeaderQuery.LoadAsync(db, reviewId, cancellationToken) : null;
        if (header is null)
        {
            var exists = await db.CaseReviews.IgnoreQueryFilters().AnyAsync(r => r.Id == reviewId, cancellationToken);
            await audit.WriteAsync(AuditAction.AccessDenied, null, $"{what} review {reviewId} ({(exists ? "outside scope" : "no such review")})", cancellationToken);
            return (null, new NotFoundResult());
        }

        if (toRun ? !access.MayRun(header.Scope.UnitId) : !access.MayRead(header.Scope))
        {
            await audit.WriteAsync(AuditAction.AccessDenied, null, $"{what} review {reviewId} (not allowed)", cancellationToken);
            return (null, new ForbidResult());
        }

        return (header, null);
    }
}
