namespace CaseWork.Web.Pages.Admin.Users;

[Authorize(Policy = Policies.Administer)]
public class IndexModel(CaseWorkDbContext db, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public bool HasNext { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Query))
        {
            var pattern = LikePattern.Containing(Query.Trim());
            users = users.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        var now = clock.GetUtcNow();
        var rows = await users
            .OrderBy(u => u.UserName)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize + 1)
            .Select(u => new Row(
                u.Id,
                u.UserName!,
                u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault()
                    ?? db.Districts.Where(x => x.Id == u.DistrictId).Select(x => x.Name).FirstOrDefault()
                    ?? db.JobCentres.Where(x => x.Id == u.JobCentreId).Select(x => x.Name).FirstOrDefault(),
                u.IsActive,
                u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(cancellationToken);
        HasNext = rows.Count > PageSize;
        Rows = rows.Take(PageSize).ToList();
    }

    public sealed record Row(string Id, string UserName, string DisplayName, string? Role, string? Placement, bool IsActive, bool IsLockedOut);
}
