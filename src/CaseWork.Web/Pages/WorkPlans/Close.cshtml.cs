using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Web.Pages.WorkPlans;

[Authorize(Policy = Policies.WritePlans)]
public class CloseModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ApplicantId { get; set; }

    [BindProperty(SupportsGet = true)]
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

        if (!Enum.TryParse<PlanClosureReason>(Reason, out var reason) || !Enum.IsDefined(reason))
        {
            ModelState.AddModelError(nameof(Reason), localizer["Choose why the plan is closed."]);
        }

        if ((Note?.Length ?? 0) > WorkPlan.MaxReasonLength)
        {
            ModelState.AddModelError(nameof(Note), localizer["At most {0} characters.", WorkPlan.MaxReasonLength]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        plan.Close(reason, Note, clock.GetUtcNow());
        audit.Add(AuditAction.WorkPlanClosed, ApplicantId, $"plan {PlanId}: {reason}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["A colleague changed this plan at the same moment. Open the plan again to see it."]);
            return Page();
        }

        TempData["StatusMessage"] = localizer["The plan is closed."].Value;
        return RedirectToPage("/Applicants/Details", new { applicantId = ApplicantId });
    }
}
