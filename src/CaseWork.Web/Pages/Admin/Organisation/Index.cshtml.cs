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

    public Task<IActionResult> OnPostAddDistrictAsync([FromServices] IValidator<DistrictInput> validator, CancellationToken cancellationToken) =>
        AddAsync(validator, new DistrictInput(DistrictName), () => db.Districts.Add(new District(DistrictName!)), nameof(DistrictName), $"district {DistrictName}", cancellationToken);

    public async Task<IActionResult> OnPostAddUnitAsync([FromServices] IValidator<UnitInput> validator, CancellationToken cancellationToken)
    {
        await CheckChosenAsync(UnitDistrictId, db.Districts.Select(d => d.Id), nameof(UnitDistrictId), localizer["Choose a district."], cancellationToken);
        return await AddAsync(
            validator, new UnitInput(UnitDistrictId, UnitName), () => db.Units.Add(new Unit(UnitDistrictId!.Value, UnitName!)), nameof(UnitName), $"unit {UnitName}", cancellationToken);
    }

    public async Task<IActionResult> OnPostAddGroupAsync([FromServices] IValidator<GroupInput> validator, CancellationToken cancellationToken)
    {
        await CheckChosenAsync(GroupUnitId, db.Units.Select(u => u.Id), nameof(GroupUnitId), localizer["Choose a unit."], cancellationToken);
        return await AddAsync(
            validator,
            new GroupInput(GroupUnitId, GroupName),
            () => db.WorkGroups.Add(new WorkGroup(GroupUnitId!.Value, GroupName!, GroupKind)),
            nameof(GroupName),
            $"group {GroupName}",
            cancellationToken);
    }

    /// <summary>The district or unit chosen to add under must still be there; the message stands beside its field.</summary>
    private async Task CheckChosenAsync(int? chosen, IQueryable<int> ids, string field, string message, CancellationToken cancellationToken)
    {
        if (chosen is { } id && !await ids.AnyAsync(i => i == id, cancellationToken))
        {
            ModelState.AddModelError(field, message);
        }
    }

    /// <summary>Validates and saves an addition; a name already used at its level is refused beside its field.</summary>
    private async Task<IActionResult> AddAsync<TInput>(
        IValidator<TInput> validator, TInput input, Action add, string field, string what, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoAsync(input, ModelState, prefix: string.Empty))
        {
            return await RedrawAsync(cancellationToken);
        }

        add();
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
