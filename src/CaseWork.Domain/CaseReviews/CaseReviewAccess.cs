using CaseWork.Domain.Access;

namespace CaseWork.Domain.CaseReviews;

/// <summary>
/// Who may do what with case reviews. Unit heads run the reviews of their own unit; managers read those of their
/// district and never change them; a social worker reads the completed reviews of their own caseload and marks their
/// own actions done. Coaches and administrators have no part in them.
/// </summary>
public sealed class CaseReviewAccess
{
    private readonly string? _userId;
    private readonly AccessScope _scope;
    private readonly bool _unitHead;
    private readonly bool _socialWorker;
    private readonly bool _manager;

    private CaseReviewAccess(string? userId, AccessScope scope, IReadOnlySet<string> roles)
    {
        _userId = userId;
        _scope = scope;
        _unitHead = roles.Contains(Roles.UnitHead) && scope.UnitId is not null;
        _socialWorker = roles.Contains(Roles.SocialWorker) && scope.UnitId is not null;
        _manager = roles.Contains(Roles.Manager) && scope.DistrictId is not null;
    }

    public static CaseReviewAccess For(IEnumerable<string> roles, AccessScope scope, string? userId)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(scope);
        return new CaseReviewAccess(userId, scope, roles.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Sees the reviews page at all.</summary>
    public bool MayList => _unitHead || _socialWorker || _manager;

    /// <summary>Opens, records and signs reviews: the unit heads of the unit.</summary>
    public bool MayRun(int unitId) => _unitHead && _scope.UnitId == unitId;

    /// <summary>Sees who is due for a review: unit heads for their unit, managers for their district.</summary>
    public bool SeesWorkers => _unitHead || _manager;

    /// <summary>Lists only their own completed reviews.</summary>
    public bool SeesOwnReviewsOnly => _socialWorker && !_unitHead;

    public bool MayRead(ReviewScope review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return MayRun(review.UnitId)
            || (_manager && _scope.DistrictId == review.DistrictId)
            || (_socialWorker && _scope.UnitId == review.UnitId && review.WorkerId == _userId && review.Status == CaseReviewStatus.Completed);
    }

    /// <summary>Only the owner marks an action done; the review's other readers see whether it is.</summary>
    public bool MayMarkDone(string ownerId) => _socialWorker && _userId is not null && ownerId == _userId;
}
