namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Records the applicant's agreement; for a draft this activates the plan.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class AgreementModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<AgreementInput> validator) : OpenPlanPageModel
{
    [BindProperty]
    public AgreementInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadOpenPlanAsync(db, cancellationToken) is null)
        {
            return NotFound();
        }

        Input.Date = FormValues.Format(clock.Today());
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await LoadOpenPlanAsync(db, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var agreement = Input.ToAgreement();
        try
        {
            if (IsDraft)
            {
                plan.Activate(agreement, db.CurrentUser.UserName, clock.GetUtcNow());
            }
            else
            {
                plan.RecordAgreement(agreement, clock.GetUtcNow());
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, PlanRuleFields.FieldFor);
            return Page();
        }

        audit.Add(IsDraft ? AuditAction.WorkPlanActivated : AuditAction.WorkPlanSaved, ApplicantId, $"plan {PlanId} agreement");
        try
        {
            return await SavePlanAsync(
                db,
                localizer,
                IsDraft ? localizer["The plan is active."] : localizer["The agreement has been recorded."],
                () => RedirectToPage("Details", new { applicantId = ApplicantId, planId = PlanId }),
                cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsSecondPlanInProgress())
        {
            ModelState.AddModelError(string.Empty, localizer["The applicant already has an active plan: close it before activating this one."]);
            return Page();
        }
    }
}
