using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Applicants;

[Authorize(Policy = Policies.WriteCases)]
public class CreateModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<ApplicantInput> validator, UnitWorkersQuery unitWorkers) : PageModel
{
    [BindProperty]
    public ApplicantInput Input { get; set; } = new();

    public List<SelectListItem> Workers { get; private set; } = [];

    /// <summary>The person already registered under the typed personnummer, when the user may open their case file.</summary>
    public RegisteredApplicant? AlreadyRegistered { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input.AssignedWorkerId = db.CurrentUser.UserId;
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var unitId = db.CurrentUser.Scope.UnitId!.Value;
        await validator.ValidateIntoAsync(Input, ModelState);
        if (!string.IsNullOrEmpty(Input.AssignedWorkerId)
            && !await unitWorkers.IsWorkerInUnitAsync(Input.AssignedWorkerId, unitId, cancellationToken))
        {
            ModelState.AddModelError("Input.AssignedWorkerId", localizer["Choose a social worker of your unit."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(cancellationToken);
            return Page();
        }

        var now = clock.GetUtcNow();
        var pin = PersonalIdentityNumber.Parse(Input.PersonalIdentityNumber!, clock.Today());
        // Asked first, across the whole register (not only the reader's scope), so that registering someone already
        // registered raises no unique violation: PostgreSQL would write the personnummer in full into its own log.
        // The unique index stays the backstop for two registrations at the same moment.
        if (await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.PersonalIdentityNumber == pin.Digits, cancellationToken))
        {
            return await AlreadyRegisteredAsync(pin, cancellationToken);
        }

        var districtId = await db.Units.Where(u => u.Id == unitId).Select(u => u.DistrictId).SingleAsync(cancellationToken);
        var applicant = Applicant.Register(pin, Input.ToDetails(), districtId, unitId, Input.AssignedWorkerId, now);
        db.Applicants.Add(applicant);
        audit.Add(AuditAction.ApplicantCreated, applicant.Id);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(ApplicantConfiguration.PersonalIdentityNumberIndex))
        {
            db.ChangeTracker.Clear();
            return await AlreadyRegisteredAsync(pin, cancellationToken);
        }

        return this.WithStatusMessage(localizer["The applicant {0} {1} has been registered.", applicant.FirstName, applicant.LastName], RedirectToPage("Details", new { applicantId = applicant.Id }));
    }

    private async Task<IActionResult> AlreadyRegisteredAsync(PersonalIdentityNumber pin, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("Input.PersonalIdentityNumber", localizer["An applicant with this personal identity number is already registered."]);
        // Asked within the user's scope (the query filters): someone who may not open the file learns only that it exists.
        AlreadyRegistered = await db.Applicants
            .Where(a => a.PersonalIdentityNumber == pin.Digits)
            .Select(a => new RegisteredApplicant(a.Id, a.FirstName + " " + a.LastName))
            .SingleOrDefaultAsync(cancellationToken);
        await LoadOptionsAsync(cancellationToken);
        return Page();
    }

    private async Task LoadOptionsAsync(CancellationToken cancellationToken) =>
        Workers = await unitWorkers.OptionsAsync(db.CurrentUser.Scope.UnitId!.Value, Input.AssignedWorkerId, cancellationToken);
}

/// <summary>An applicant already in the register whom the user may open.</summary>
public sealed record RegisteredApplicant(Guid Id, string Name);
