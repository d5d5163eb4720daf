namespace CaseWork.Web.Pages.FollowUps;

/// <summary>The applicant's follow-ups: monthly checks and talks, newest first.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    public const int MonthsShown = 24;
    public const int TalksShown = 24;

    public bool CanWrite => db.CurrentUser.Scope.CanWritePlans;

    public List<CheckRow> Checks { get; private set; } = [];

    public List<TalkRow> Talks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        Checks = await db.RecentChecksAsync(ApplicantId, MonthsShown, cancellationToken);
        Talks = await db.FollowUpTalks.AsNoTracking()
            .Where(t => t.ApplicantId == ApplicantId)
            .OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.Id)
            .Take(TalksShown)
            .Select(t => new TalkRow(t.Id, t.Kind, t.HeldOn, t.PlanToBeRevised, t.NextFollowUpOn))
            .ToListAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "follow-ups", cancellationToken);
        return Page();
    }

    public sealed record TalkRow(Guid Id, FollowUpTalkKind Kind, DateOnly HeldOn, bool PlanToBeRevised, DateOnly NextFollowUpOn);
}
