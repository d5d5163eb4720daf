using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The plan editor's reads: which plan it edits, whether another is in progress, a revision's cause.</summary>
public static class PlanEditQuery
{
    /// <summary>The plan in the route, or else the applicant's open one (a revision).</summary>
    public static Task<WorkPlan?> FindForEditAsync(this CaseWorkDbContext db, Guid applicantId, Guid? planId, CancellationToken cancellationToken) =>
        planId is { } id ? db.FindAsync(applicantId, id, cancellationToken) : db.FindOpenPlanAsync(applicantId, cancellationToken);

    public static Task<bool> HasPlanInProgressAsync(this CaseWorkDbContext db, Guid applicantId, CancellationToken cancellationToken) =>
        db.WorkPlans.AnyAsync(p => p.ApplicantId == applicantId && p.Status != WorkPlanStatus.Closed, cancellationToken);

    /// <summary>The database refused a second plan in progress: a colleague's was saved after the check above.</summary>
    public static bool IsSecondPlanInProgress(this DbUpdateException exception) =>
        exception.IsUniqueViolation(WorkPlanConfiguration.OnePlanInProgressIndex);

    /// <summary>The talk that led to a revision, with its own applicant as this user may see it: the domain refuses a talk of anyone else.</summary>
    public static async Task<RevisionCause> RevisionCauseAsync(this CaseWorkDbContext db, Guid talkId, CancellationToken cancellationToken) =>
        new(talkId, await db.FollowUpTalks.Where(t => t.Id == talkId).Select(t => (Guid?)t.ApplicantId).FirstOrDefaultAsync(cancellationToken));

    /// <summary>What the editor shows of the talk that led to a revision (its kind, day and who took part); null for no such talk of this applicant.</summary>
    public static Task<FollowUpTalkFacts?> RevisionTalkAsync(this CaseWorkDbContext db, Guid applicantId, Guid talkId, CancellationToken cancellationToken) =>
        db.FollowUpTalks.AsNoTracking().Where(t => t.Id == talkId && t.ApplicantId == applicantId)
            .Select(t => (FollowUpTalkFacts?)t.Facts).FirstOrDefaultAsync(cancellationToken);

    public static Task<uint> PlanVersionAsync(this CaseWorkDbContext db, Guid planId, CancellationToken cancellationToken) =>
        db.WorkPlans.AsNoTracking().Where(p => p.Id == planId).Select(p => p.Version).SingleAsync(cancellationToken);
}
