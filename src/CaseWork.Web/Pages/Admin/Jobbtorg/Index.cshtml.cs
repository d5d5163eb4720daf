using CaseWork.Infrastructure.Referrals;

namespace CaseWork.Web.Pages.Admin.Jobbtorg;

/// <summary>
/// The administrator's Jobbtorg settings. Each row has its own small form; a refused value is shown beside its row
/// under the key "{field}-{id}", with what was typed kept.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, ResursPlaceService resursPlaces, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public int? Id { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Places { get; set; }

    [BindProperty]
    public InterventionCategory? Category { get; set; }

    [BindProperty]
    public bool IsActive { get; set; }

    public JobbtorgSettings Settings { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Settings = await JobbtorgSettingsQuery.LoadAsync(db, cancellationToken);

    /// <summary>The value to show in a row's field: what was just typed there if it was refused, else the saved one.</summary>
    public string? Typed(string field, int? id, string? saved) =>
        ModelState.TryGetValue(Key(field, id), out var entry) && entry.Errors.Count > 0 ? Request.Form[FormName(field)].ToString() : saved;

    public static string Key(string field, int? id) => $"{field}-{id?.ToString(CultureInfo.InvariantCulture) ?? "new"}";

    public async Task<IActionResult> OnPostAddJobCentreAsync([FromServices] IValidator<JobCentreInput> validator, CancellationToken cancellationToken)
    {
        if (!await validator.ValidateIntoKeyAsync(new JobCentreInput(Name), ModelState, Key("centre", null)))
        {
            return await RedrawAsync(cancellationToken);
        }

        db.JobCentres.Add(new JobCentre(Name!));
        return await SaveNameAsync(Key("centre", null), $"job centre {Name} added", localizer["The Jobbtorg office has been added."], cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameJobCentreAsync([FromServices] IValidator<JobCentreInput> validator, CancellationToken cancellationToken)
    {
        var centre = await db.JobCentres.SingleOrDefaultAsync(c => c.Id == Id, cancellationToken);
        if (centre is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoKeyAsync(new JobCentreInput(Name), ModelState, Key("centre", Id)))
        {
            return await RedrawAsync(cancellationToken);
        }

        centre.Rename(Name!);
        return await SaveNameAsync(Key("centre", Id), $"job centre {Id} renamed {Name}", localizer["The Jobbtorg office has been renamed."], cancellationToken);
    }

    public async Task<IActionResult> OnPostSetPlacesAsync([FromServices] IValidator<PlacesInput> validator, CancellationToken cancellationToken)
    {
        var district = await db.Districts.Where(d => d.Id == Id).Select(d => new { d.Id, d.Name }).SingleOrDefaultAsync(cancellationToken);
        if (district is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoKeyAsync(new PlacesInput(Places), ModelState, Key("places", district.Id)))
        {
            return await RedrawAsync(cancellationToken);
        }

        var places = FormValues.Whole(Places)!.Value;

        var row = await db.ResursPlaces.SingleOrDefaultAsync(p => p.DistrictId == district.Id, cancellationToken);
        if (row is null)
        {
            db.ResursPlaces.Add(new ResursPlaces(district.Id, 0));
            await db.SaveChangesAsync(cancellationToken);
            row = await db.ResursPlaces.SingleAsync(p => p.DistrictId == district.Id, cancellationToken);
        }

        row.Change(places);
        audit.Add(AuditAction.JobbtorgSettingsChanged, null, $"Resurs places of district {district.Id}: {places}");
        // More places serve the queue at once, under the district's lock.
        var granted = await resursPlaces.SaveAndServeQueueAsync(district.Id, cancellationToken);
        var message = localizer["{0} now has {1} Jobbtorg Resurs places.", district.Name, places].Value;
        if (granted.Count > 0)
        {
            message += " " + localizer["Referrals in the queue that got a place: {0}.", granted.Count];
        }

        return this.WithStatusMessage(message, RedirectToPage());
    }

    public async Task<IActionResult> OnPostAddInterventionAsync([FromServices] IValidator<CatalogueEntryInput> validator, CancellationToken cancellationToken)
    {
        var key = Key("intervention", null);
        if (!await validator.ValidateIntoKeyAsync(new CatalogueEntryInput(Name, Category), ModelState, key))
        {
            return await RedrawAsync(cancellationToken);
        }

        db.InterventionTypes.Add(new InterventionType(Name!, Category!.Value));
        return await SaveNameAsync(key, $"intervention {Name} added", localizer["The intervention has been added to the catalogue."], cancellationToken);
    }

    public async Task<IActionResult> OnPostChangeInterventionAsync([FromServices] IValidator<CatalogueEntryInput> validator, CancellationToken cancellationToken)
    {
        var type = await db.InterventionTypes.SingleOrDefaultAsync(t => t.Id == Id, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var key = Key("intervention", Id);
        if (!await validator.ValidateIntoKeyAsync(new CatalogueEntryInput(Name, Category), ModelState, key))
        {
            return await RedrawAsync(cancellationToken);
        }

        type.Change(Name!, Category!.Value, IsActive);
        var message = IsActive ? localizer["The intervention has been saved."] : localizer["The intervention has been saved and retired: it can no longer be chosen for new interventions."];
        return await SaveNameAsync(key, $"intervention {Id}: {Name}, {Category}, active={IsActive}", message, cancellationToken);
    }

    private static string FormName(string field) => field switch
    {
        "places" => nameof(Places),
        _ => nameof(Name),
    };

    private async Task<IActionResult> SaveNameAsync(string key, string what, string message, CancellationToken cancellationToken)
    {
        audit.Add(AuditAction.JobbtorgSettingsChanged, null, what);
        try
        {
            return await this.SaveFormAsync(() => db.SaveChangesAsync(cancellationToken), message, () => RedirectToPage());
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(key, localizer["That name is already in use here."]);
            return await RedrawAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> RedrawAsync(CancellationToken cancellationToken)
    {
        Settings = await JobbtorgSettingsQuery.LoadAsync(db, cancellationToken);
        return Page();
    }
}
