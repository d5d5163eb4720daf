namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Every version of a plan with who, when and why: one query however many versions.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class HistoryModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    public List<Row> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await db.WorkPlanVersions.AsNoTracking()
            .Where(v => v.WorkPlanId == PlanId && db.WorkPlans.Any(p => p.Id == PlanId && p.ApplicantId == ApplicantId))
            .OrderByDescending(v => v.Number)
            .Select(v => new Row(
                v.Number,
                v.CreatedAt,
                db.Users.Where(u => u.UserName == v.CreatedBy).Select(u => u.DisplayName).FirstOrDefault() ?? v.CreatedBy,
                v.Reason,
                v.CausedByFollowUpId,
                db.FollowUpTalks.Where(t => t.Id == v.CausedByFollowUpId).Select(t => (FollowUpTalkFacts?)t.Facts).FirstOrDefault(),
                PlanPeriod.Of(v.Content)!,
                v.Participants))
            .ToListAsync(cancellationToken);
        if (Versions.Count == 0)
        {
            return NotFound();
        }

        await LoadApplicantNameAsync(db, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"work plan {PlanId} history", cancellationToken);
        return Page();
    }

    /// <summary>A version, with the follow-up talk that led to it (<see cref="Cause"/>) when one did.</summary>
    /// <param name="Period">The version's period: the newest one's names the plan.</param>
    /// <param name="Participants">Who took part in the revision.</param>
    public sealed record Row(
        int Number, DateTimeOffset CreatedAt, string CreatedBy, string? Reason, Guid? CausedByFollowUpId, FollowUpTalkFacts? Cause, PlanPeriod Period,
        Participants Participants);
}
