namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Two versions side by side with what was added, removed and changed.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class CompareModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int From { get; set; }

    [BindProperty(SupportsGet = true)]
    public int To { get; set; }

    public PlanContent Before { get; private set; } = null!;

    public PlanContent After { get; private set; } = null!;

    public PlanDiff Diff { get; private set; } = null!;

    /// <summary>The newest version's period, which names the plan.</summary>
    public PlanPeriod Period { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var versions = await db.WorkPlanVersions.AsNoTracking()
            .Where(v => v.WorkPlanId == PlanId && (v.Number == From || v.Number == To || v.Number == db.WorkPlanVersions.Where(n => n.WorkPlanId == PlanId).Max(n => n.Number))
                && db.WorkPlans.Any(p => p.Id == PlanId && p.ApplicantId == ApplicantId))
            .Select(v => new { v.Number, v.Content })
            .ToListAsync(cancellationToken);
        var before = versions.FirstOrDefault(v => v.Number == From);
        var after = versions.FirstOrDefault(v => v.Number == To);
        if (before is null || after is null)
        {
            return NotFound();
        }

        (Before, After) = (before.Content, after.Content);
        Period = PlanPeriod.Of(versions.MaxBy(v => v.Number)!.Content)!;
        Diff = PlanComparison.Compare(Before, After);
        await LoadApplicantNameAsync(db, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"work plan {PlanId} versions {From}/{To}", cancellationToken);
        return Page();
    }
}
