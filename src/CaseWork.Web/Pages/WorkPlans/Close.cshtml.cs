namespace CaseWork.Web.Pages.WorkPlans;

[Authorize(Policy = Policies.WritePlans)]
public class CloseModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<CloseInput> validator) : OpenPlanPageModel
{
    [BindProperty]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadOpenPlanAsync(db, cancellationToken) is null ? NotFound() : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await LoadOpenPlanAsync(db, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(new CloseInput(Reason, Note), ModelState, prefix: string.Empty))
        {
            return Page();
        }

        var reason = Enum.Parse<PlanClosureReason>(Reason!);
        if (!this.DomainAccepts(() => plan.Close(reason, Note, clock.GetUtcNow()), localizer, _ => nameof(Reason)))
        {
            return Page();
        }

        audit.Add(AuditAction.WorkPlanClosed, ApplicantId, $"plan {PlanId}: {reason}");
        return await SavePlanAsync(
            db, localizer, localizer["The plan is closed."], () => RedirectToPage("/Applicants/Details", new { applicantId = ApplicantId }), cancellationToken);
    }
}
