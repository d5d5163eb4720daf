namespace CaseWork.Web.Pages.Applicants;

/// <summary>The active social workers of a unit: who an applicant can be assigned to.</summary>
public sealed class UnitWorkersQuery(CaseWorkDbContext db)
{
    public async Task<List<SelectListItem>> OptionsAsync(int unitId, string? selected, CancellationToken cancellationToken)
    {
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.UnitId == unitId && u.IsActive)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && (r.Name == Roles.SocialWorker || r.Name == Roles.UnitHead))))
            .OrderBy(u => u.DisplayName)
            .Select(u => new { u.Id, u.DisplayName })
            .ToListAsync(cancellationToken);
        return workers.Select(w => new SelectListItem(w.DisplayName, w.Id, w.Id == selected)).ToList();
    }

    public Task<bool> IsWorkerInUnitAsync(string workerId, int unitId, CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.Id == workerId && u.UnitId == unitId && u.IsActive, cancellationToken);
}
