namespace CaseWork.Web.Pages.WorkPlans;

[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    public WorkPlan Plan { get; private set; } = null!;

    public IReadOnlyList<PlanQualitySignal> Signals { get; private set; } = [];

    public PlanAgreement? Agreement { get; private set; }

    public bool CanEdit => db.CurrentUser.Scope.CanWritePlans;

    /// <summary>Set right after a save, so the page can drop the browser's unsaved copy of the form.</summary>
    public bool JustSaved { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        Plan = plan;
        await LoadApplicantNameAsync(db, cancellationToken);
        Agreement = plan.CurrentVersion is { } current ? plan.AgreementFor(current.Number) : null;
        var today = clock.Today();
        var hasInvestigation = await db.HasSignedInvestigationAsync(ApplicantId, cancellationToken);
        var situation = new PlanSituation(today, ReceivingAid: false, hasInvestigation);
        Signals = plan.Status switch
        {
            WorkPlanStatus.Closed => [],
            WorkPlanStatus.Draft => quality.Evaluate(plan.Content, situation),
            _ => quality.Evaluate(plan.Content, plan.NextFollowUpOn, situation),
        };
        JustSaved = TempData["PlanSaved"] as string == PlanId.ToString();
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"work plan {PlanId}", cancellationToken);
        return Page();
    }
}
