namespace CaseWork.Web.Pages.Applicants;

[Authorize(Policy = Policies.WriteCases)]
public class EditModel(
    CaseWorkDbContext db, AuditLog audit, IStringLocalizer<SharedResource> localizer,
    IValidator<ApplicantInput> validator, UnitWorkersQuery unitWorkers) : ApplicantPageModel
{
    [BindProperty]
    public ApplicantInput Input { get; set; } = new();

    public List<SelectListItem> Workers { get; private set; } = [];

    public bool ContactVisible { get; private set; }

    public ApplicantConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var applicant = await db.Applicants.AsNoTracking().SingleAsync(a => a.Id == ApplicantId, cancellationToken);
        Input = ApplicantInput.From(applicant);
        ContactVisible = applicant.ContactVisibleTo(db.CurrentUser.UserId ?? string.Empty);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "edit form", cancellationToken);
        await LoadOptionsAsync(applicant.UnitId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var applicant = await db.Applicants.SingleAsync(a => a.Id == ApplicantId, cancellationToken);
        ContactVisible = applicant.ContactVisibleTo(db.CurrentUser.UserId ?? string.Empty);
        Input.PersonalIdentityNumber = Domain.People.PersonalIdentityNumber.FromStored(applicant.PersonalIdentityNumber).ToString();
        await validator.ValidateIntoAsync(Input, ModelState);
        if (!string.IsNullOrEmpty(Input.AssignedWorkerId)
            && !await unitWorkers.IsWorkerInUnitAsync(Input.AssignedWorkerId, applicant.UnitId, cancellationToken))
        {
            ModelState.AddModelError("Input.AssignedWorkerId", localizer["Choose a social worker of your unit."]);
        }

        if (!ModelState.IsValid)
        {
            await LoadOptionsAsync(applicant.UnitId, cancellationToken);
            return Page();
        }

        db.Entry(applicant).Property(a => a.Version).OriginalValue = Input.Version;
        if (ContactVisible)
        {
            applicant.UpdateDetails(Input.ToDetails());
        }
        else
        {
            applicant.UpdateDetailsKeepingContact(Input.ToDetails());
        }

        applicant.PlaceIn(applicant.DistrictId, applicant.UnitId, Input.AssignedWorkerId);
        audit.Add(AuditAction.ApplicantUpdated, applicant.Id);
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The changes have been saved."],
            () => RedirectToPage("Details", new { applicantId = ApplicantId }),
            conflict: null,
            async ex =>
            {
                await ShowConflictAsync(ex, cancellationToken);
                await LoadOptionsAsync(applicant.UnitId, cancellationToken);
                return Page();
            });
    }

    private async Task ShowConflictAsync(DbUpdateConcurrencyException ex, CancellationToken cancellationToken)
    {
        var entry = ex.Entries.Single();
        var current = await entry.GetDatabaseValuesAsync(cancellationToken);
        if (current is null)
        {
            ModelState.AddModelError(string.Empty, localizer["The applicant has been removed by someone else."]);
            return;
        }

        var theirs = (Applicant)current.ToObject();
        var savedBy = await db.AuditEntries.AsNoTracking()
            .Where(e => e.ApplicantId == ApplicantId && e.Action == AuditAction.ApplicantUpdated)
            .OrderByDescending(e => e.Id)
            .Select(e => db.Users.Where(u => u.Id == e.UserId).Select(u => u.DisplayName).FirstOrDefault() ?? e.UserName)
            .FirstOrDefaultAsync(cancellationToken);
        var workerName = theirs.AssignedWorkerId is null
            ? null
            : await db.Users.Where(u => u.Id == theirs.AssignedWorkerId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken);

        var conflict = new ApplicantConflict(savedBy);
        conflict.Compare(nameof(ApplicantInput.FirstName), Input.FirstName, theirs.FirstName, theirs.FirstName);
        conflict.Compare(nameof(ApplicantInput.LastName), Input.LastName, theirs.LastName, theirs.LastName);
        conflict.Compare(nameof(ApplicantInput.Household), Input.Household, theirs.Household.ToString(), localizer.Text(theirs.Household));
        conflict.Compare(
            nameof(ApplicantInput.NumberOfChildren),
            Input.NumberOfChildren,
            theirs.NumberOfChildren.ToString(CultureInfo.InvariantCulture),
            theirs.NumberOfChildren.ToString(CultureInfo.CurrentCulture));
        conflict.Compare(nameof(ApplicantInput.Reason), Input.Reason, theirs.Reason.ToString(), localizer.Text(theirs.Reason));
        conflict.Compare(nameof(ApplicantInput.AssignedWorkerId), Input.AssignedWorkerId, theirs.AssignedWorkerId, workerName);
        if (ContactVisible)
        {
            conflict.Compare(nameof(ApplicantInput.StreetAddress), Input.StreetAddress, theirs.StreetAddress, theirs.StreetAddress);
            conflict.Compare(nameof(ApplicantInput.PostalCode), Input.PostalCode, theirs.PostalCode, theirs.PostalCode);
            conflict.Compare(nameof(ApplicantInput.City), Input.City, theirs.City, theirs.City);
            conflict.Compare(nameof(ApplicantInput.Phone), Input.Phone, theirs.Phone, theirs.Phone);
            conflict.Compare(nameof(ApplicantInput.Email), Input.Email, theirs.Email, theirs.Email);
        }

        Conflict = conflict;
        ModelState.AddModelError(string.Empty, savedBy is null
            ? localizer["A colleague saved this applicant while you were editing. Your changes are still in the form: compare them with the colleague's values shown beside each field, then save again."]
            : localizer["{0} saved this applicant while you were editing. Your changes are still in the form: compare them with the colleague's values shown beside each field, then save again.", savedBy]);

        // Saving again is a conscious choice to overwrite the colleague's version.
        ModelState.Remove("Input.Version");
        Input.Version = theirs.Version;
    }

    private async Task LoadOptionsAsync(int unitId, CancellationToken cancellationToken) =>
        Workers = await unitWorkers.OptionsAsync(unitId, Input.AssignedWorkerId, cancellationToken);
}
