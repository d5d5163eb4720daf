namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Loading a plan for the plan pages: always through the scoped context and the applicant in the route.</summary>
public static class PlanQuery
{
    public static Task<WorkPlan?> FindAsync(this CaseWorkDbContext db, Guid applicantId, Guid planId, CancellationToken cancellationToken) =>
        db.WorkPlans.Include(p => p.Versions).SingleOrDefaultAsync(p => p.Id == planId && p.ApplicantId == applicantId, cancellationToken);

    public static Task<WorkPlan?> FindOpenPlanAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.WorkPlans.Include(p => p.Versions)
            .Where(p => p.ApplicantId == applicantId && p.Status != WorkPlanStatus.Closed)
            .OrderByDescending(p => p.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);

    public static Task<bool> HasSignedInvestigationAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.BasicInvestigations.AnyAsync(i => i.ApplicantId == applicantId && i.SignedAt != null, cancellationToken);
}
