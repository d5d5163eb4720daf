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

    /// <summary>
    /// Every version of the plan, newest first, with who made it, why, and the talk that led to it; none when the plan is
    /// not the applicant's. The talk is joined by its key (a left join), and the author found by user name.
    /// </summary>
    public static Task<List<HistoryModel.Row>> PlanHistoryAsync(this CaseWorkDbContext db, Guid applicantId, Guid planId, CancellationToken cancellationToken) =>
        (from v in db.WorkPlanVersions.AsNoTracking()
         where v.WorkPlanId == planId && db.WorkPlans.Any(p => p.Id == planId && p.ApplicantId == applicantId)
         join t in db.FollowUpTalks.AsNoTracking() on v.CausedByFollowUpId equals (Guid?)t.Id into causes
         from t in causes.DefaultIfEmpty()
         orderby v.Number descending
         select new HistoryModel.Row(
             v.Number,
             v.CreatedAt,
             db.Users.Where(u => u.UserName == v.CreatedBy).Select(u => u.DisplayName).FirstOrDefault() ?? v.CreatedBy,
             v.Reason,
             v.CausedByFollowUpId,
             t == null ? null : (FollowUpTalkFacts?)t.Facts,
             PlanPeriod.Of(v.Content)!,
             v.Participants))
        .ToListAsync(cancellationToken);
}
