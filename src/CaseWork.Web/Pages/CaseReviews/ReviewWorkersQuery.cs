namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The active social workers whose caseloads are reviewed, and who may own a review's actions.</summary>
public sealed class ReviewWorkersQuery(CaseWorkDbContext db)
{
    /// <summary>The social workers of the scope: a unit head's unit, or every unit of a manager's district.</summary>
    public Task<List<Worker>> InScopeAsync(AccessScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return SocialWorkers()
            .Where(u => (scope.UnitId != null && u.UnitId == scope.UnitId)
                || (scope.UnitId == null && scope.DistrictId != null && db.Units.Any(x => x.Id == u.UnitId && x.DistrictId == scope.DistrictId)))
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new Worker(u.Id, u.DisplayName, u.UnitId!.Value))
            .ToListAsync(cancellationToken);
    }

    public async Task<List<Worker>> OfUnitAsync(int unitId, CancellationToken cancellationToken) =>
        await SocialWorkers().Where(u => u.UnitId == unitId)
            .OrderBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new Worker(u.Id, u.DisplayName, unitId))
            .ToListAsync(cancellationToken);

    private IQueryable<Infrastructure.Identity.AppUser> SocialWorkers() =>
        db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.UnitId != null)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.SocialWorker)));
}

public sealed record Worker(string Id, string Name, int UnitId);
