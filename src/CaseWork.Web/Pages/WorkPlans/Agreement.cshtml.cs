using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Records the applicant's agreement; for a draft this activates the plan.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class AgreementModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ApplicantId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid PlanId { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string ApplicantName { get; private set; } = string.Empty;

    public bool IsDraft { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null || plan.Status == WorkPlanStatus.Closed)
        {
            return NotFound();
        }

        IsDraft = plan.Status == WorkPlanStatus.Draft;
        Input.Date = PlanInput.Format(clock.Today());
        ApplicantName = await db.ApplicantNameAsync(ApplicantId, cancellationToken);
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
        ApplicantName = await db.ApplicantNameAsync(ApplicantId, cancellationToken);
        var date = PlanInput.ParseDate(Input.Date);
        if (date is null)
        {
            ModelState.AddModelError("Input.Date", localizer["Enter a date as YYYY-MM-DD."]);
        }
        else if (date > clock.Today())
        {
            ModelState.AddModelError("Input.Date", localizer["The date cannot be in the future."]);
        }
        else if (CaseWork.Domain.Calendar.PlausibleDates.IsTooEarly(date.Value))
        {
            ModelState.AddModelError("Input.Date", localizer[CalendarRuleCodes.TooEarly]);
        }

        if (!Enum.TryParse<AgreementMethod>(Input.Method, out var method) || !Enum.IsDefined(method))
        {
            ModelState.AddModelError("Input.Method", localizer["Choose how the applicant answered."]);
        }

        if (Input.Agrees is not ("yes" or "no"))
        {
            ModelState.AddModelError("Input.Agrees", localizer["Say whether the applicant agrees."]);
        }
        else if (Input.Agrees == "no" && string.IsNullOrWhiteSpace(Input.ApplicantView))
        {
            ModelState.AddModelError("Input.ApplicantView", localizer["Write down the applicant's own view: the law requires a disagreement to be noted."]);
        }

        if ((Input.ApplicantView?.Length ?? 0) > WorkPlan.MaxReasonLength * 2)
        {
            ModelState.AddModelError("Input.ApplicantView", localizer["At most {0} characters.", WorkPlan.MaxReasonLength * 2]);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var agreement = new PlanAgreementInput(date!.Value, method, Input.Agrees == "yes", Input.ApplicantView);
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
            ModelState.AddModelError(ex.Message == PlanRuleCodes.NoGoal ? string.Empty : "Input.ApplicantView", localizer[ex.Message]);
            return Page();
        }

        audit.Add(IsDraft ? AuditAction.WorkPlanActivated : AuditAction.WorkPlanSaved, ApplicantId, $"plan {PlanId} agreement");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["A colleague changed this plan at the same moment. Open the plan again to see it."]);
            return Page();
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(WorkPlanConfiguration.OneActivePlanIndex))
        {
            ModelState.AddModelError(string.Empty, localizer["The applicant already has an active plan: close it before activating this one."]);
            return Page();
        }

        TempData["StatusMessage"] = IsDraft ? localizer["The plan is active."].Value : localizer["The agreement has been recorded."].Value;
        return RedirectToPage("Details", new { applicantId = ApplicantId, planId = PlanId });
    }

    public class InputModel
    {
        [Display(Name = "Date")]
        public string? Date { get; set; }

        [Display(Name = "How")]
        public string? Method { get; set; } = nameof(AgreementMethod.InMeeting);

        [Display(Name = "Does the applicant agree with the plan?")]
        public string? Agrees { get; set; }

        [Display(Name = "The applicant's own view")]
        [DataType(DataType.MultilineText)]
        public string? ApplicantView { get; set; }
    }
}
