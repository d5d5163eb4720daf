namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>
/// A page acting on the applicant's plan in progress, <c>{planId}</c> in the route (the agreement, the closing): a
/// plan of another applicant, or one already closed, is 404 on every handler, and a colleague's save of the same plan
/// in between is the save's conflict.
/// </summary>
public abstract class OpenPlanPageModel : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    /// <summary>The plan is still a draft: the agreement activates it; a draft is discarded ("Kassera utkastet"), never closed for a reason.</summary>
    public bool IsDraft { get; private set; }

    /// <summary>The period of the draft or the current version, by which the plan is named (<see cref="PlanName"/>).</summary>
    public PlanPeriod Period { get; private set; } = null!;

    /// <summary>The plan in progress with its versions, and the applicant's name; null when the handler is to answer 404.</summary>
    protected async Task<WorkPlan?> LoadOpenPlanAsync(CaseWorkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.FindAsync(ApplicantId, PlanId, cancellationToken);
        if (plan is null || plan.Status == WorkPlanStatus.Closed)
        {
            return null;
        }

        IsDraft = plan.Status == WorkPlanStatus.Draft;
        Period = PlanPeriod.Of(plan.Content)!;
        await LoadApplicantNameAsync(db, cancellationToken);
        return plan;
    }

    /// <summary>The form pipeline's save tail for a change to the plan; on a conflict the form is drawn again as posted.</summary>
    protected Task<IActionResult> SavePlanAsync(
        CaseWorkDbContext db, IStringLocalizer localizer, string saved, Func<IActionResult> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(localizer);
        return this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            saved,
            next,
            localizer["A colleague changed this plan at the same moment. Open the plan again to see it."],
            this.Redraw());
    }
}
