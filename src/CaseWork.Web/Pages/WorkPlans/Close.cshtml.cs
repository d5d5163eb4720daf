using System.ComponentModel.DataAnnotations;

namespace CaseWork.Web.Pages.WorkPlans;

[Authorize(Policy = Policies.WritePlans)]
public class CloseModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<CloseInput> validator) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    [BindProperty]
    [Display(Name = "Reason")]
    public string? Reason { get; set; }

    [BindProperty]
    [Display(Name = "Note")]
    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await db.FindAsync(ApplicantId, PlanId, cancellationToken) is { Status: not WorkPlanStatus.Closed } ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null || plan.Status == WorkPlanStatus.Closed)
        {
            return NotFound();
        }

        if (!await validator.ValidateIntoAsync(new CloseInput(Reason, Note), ModelState, prefix: string.Empty))
        {
            return Page();
        }

        var reason = Enum.Parse<PlanClosureReason>(Reason!);
        plan.Close(reason, Note, clock.GetUtcNow());
        audit.Add(AuditAction.WorkPlanClosed, ApplicantId, $"plan {PlanId}: {reason}");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The plan is closed."],
            () => RedirectToPage("/Applicants/Details", new { applicantId = ApplicantId }),
            localizer["A colleague changed this plan at the same moment. Open the plan again to see it."],
            this.Redraw());
    }
}
