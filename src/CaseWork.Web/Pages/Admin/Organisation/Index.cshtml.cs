using CaseWork.Domain.Organisation;

namespace CaseWork.Web.Pages.Admin.Organisation;

/// <summary>The city's organisation: districts, their units and the units' groups.</summary>
[Authorize(Policy = Policies.Administer)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public string? DistrictName { get; set; }

    [BindProperty]
    public int? UnitDistrictId { get; set; }

    [BindProperty]
    public string? UnitName { get; set; }

    [BindProperty]
    public int? GroupUnitId { get; set; }

    [BindProperty]
    public string? GroupName { get; set; }

    [BindProperty]
    public GroupKind GroupKind { get; set; }

    public List<DistrictNode> Tree { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddDistrictAsync([FromServices] IValidator<DistrictInput> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(new DistrictInput(DistrictName), ModelState, prefix: string.Empty))
        {
            return await RedrawAsync(cancellationToken);
        }

        db.Districts.Add(new District(DistrictName!));
        return await SaveAsync(nameof(DistrictName), $"district {DistrictName}", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddUnitAsync([FromServices] IValidator<UnitInput> validator, CancellationToken cancellationToken)
    {
        if (UnitDistrictId is { } districtId && !await db.Districts.AnyAsync(d => d.Id == districtId, cancellationToken))
        {
            ModelState.AddModelError(nameof(UnitDistrictId), localizer["Choose a district."]);
        }

        if (!await validator.ValidateIntoAsync(new UnitInput(UnitDistrictId, UnitName), ModelState, prefix: string.Empty))
        {
            return await RedrawAsync(cancellationToken);
        }

        db.Units.Add(new Unit(UnitDistrictId!.Value, UnitName!));
        return await SaveAsync(nameof(UnitName), $"unit {UnitName}", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddGroupAsync([FromServices] IValidator<GroupInput> validator, CancellationToken cancellationToken)
    {
        if (GroupUnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(GroupUnitId), localizer["Choose a unit."]);
        }

        if (!await validator.ValidateIntoAsync(new GroupInput(GroupUnitId, GroupName), ModelState, prefix: string.Empty))
        {
            return await RedrawAsync(cancellationToken);
        }

        db.WorkGroups.Add(new WorkGroup(GroupUnitId!.Value, GroupName!, GroupKind));
        return await SaveAsync(nameof(GroupName), $"group {GroupName}", cancellationToken);
    }

    /// <summary>Saves an addition; a name already used at its level is refused beside its field.</summary>
    private async Task<IActionResult> SaveAsync(string field, string what, CancellationToken cancellationToken)
    {
        audit.Add(AuditAction.OrganisationChanged, null, $"added {what}");
        try
        {
            return await this.SaveFormAsync(() => db.SaveChangesAsync(cancellationToken), localizer["The organisation has been saved."], () => RedirectToPage());
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(field, localizer["That name is already in use here."]);
            return await RedrawAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> RedrawAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Name).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).ToListAsync(cancellationToken);
        var groups = await db.WorkGroups.AsNoTracking().OrderBy(g => g.Name).ToListAsync(cancellationToken);
        var people = await db.Users.AsNoTracking().Where(u => u.IsActive && u.UnitId != null)
            .GroupBy(u => u.UnitId!.Value).Select(g => new { UnitId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.UnitId, x => x.Count, cancellationToken);
        Tree = districts.Select(d => new DistrictNode(
            d.Id,
            d.Name,
            units.Where(u => u.DistrictId == d.Id)
                .Select(u => new UnitNode(u.Id, u.Name, people.GetValueOrDefault(u.Id), groups.Where(g => g.UnitId == u.Id).Select(g => (g.Name, g.Kind)).ToList()))
                .ToList())).ToList();
    }

    public sealed record DistrictNode(int Id, string Name, List<UnitNode> Units);

    public sealed record UnitNode(int Id, string Name, int People, List<(string Name, GroupKind Kind)> Groups);
}
