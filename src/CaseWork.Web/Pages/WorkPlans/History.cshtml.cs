namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Every version of a plan with who, when and why: one query however many versions (<see cref="PlanQuery.PlanHistoryAsync"/>).</summary>
[Authorize(Policy = Policies.ReadCases)]
public class HistoryModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid PlanId { get; set; }

    public List<Row> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Versions = await db.PlanHistoryAsync(ApplicantId, PlanId, cancellationToken);
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
