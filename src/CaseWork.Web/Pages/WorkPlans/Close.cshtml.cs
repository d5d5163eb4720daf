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

    /// <summary>A draft is discarded ("Kassera utkastet"), never closed for a reason: the page offers no other.</summary>
    public bool IsDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null || plan.Status == WorkPlanStatus.Closed)
        {
            return NotFound();
        }

        IsDraft = plan.Status == WorkPlanStatus.Draft;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null || plan.Status == WorkPlanStatus.Closed)
        {
            return NotFound();
        }

        IsDraft = plan.Status == WorkPlanStatus.Draft;
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
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The plan is closed."],
            () => RedirectToPage("/Applicants/Details", new { applicantId = ApplicantId }),
            localizer["A colleague changed this plan at the same moment. Open the plan again to see it."],
            this.Redraw());
    }
}
