namespace CaseWork.Web.Pages.FollowUps;

/// <summary>A recorded talk; when it said the plan is to be revised, one click opens the revision with the talk as its cause.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class TalkDetailsModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid TalkId { get; set; }

    public TalkView Talk { get; private set; } = null!;

    public bool CanRevise => db.CurrentUser.Scope.CanWritePlans && Talk.Facts.PlanToBeRevised && Talk.ActivePlanId is not null && Talk.RevisionNumber is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var talk = await db.FollowUpTalks.AsNoTracking()
            .Where(t => t.Id == TalkId && t.ApplicantId == ApplicantId)
            .Select(t => new TalkView(
                t.Id,
                t.Facts,
                t.JournalNoteId,
                db.Users.Where(u => u.Id == t.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                db.WorkPlans.Where(p => p.ApplicantId == t.ApplicantId && p.Status == WorkPlanStatus.Active).Select(p => (Guid?)p.Id).FirstOrDefault(),
                db.WorkPlanVersions.Where(v => v.CausedByFollowUpId == t.Id).Select(v => (int?)v.Number).FirstOrDefault(),
                db.WorkPlanVersions.Where(v => v.CausedByFollowUpId == t.Id).Select(v => (Guid?)v.WorkPlanId).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (talk is null)
        {
            return NotFound();
        }

        Talk = talk;
        await LoadApplicantNameAsync(db, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"follow-up talk {TalkId}", cancellationToken);
        return Page();
    }

    public sealed record TalkView(
        Guid Id,
        FollowUpTalkFacts Facts,
        Guid JournalNoteId,
        string Author,
        Guid? ActivePlanId,
        int? RevisionNumber,
        Guid? RevisedPlanId);
}
