namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// One action of a case review, where its owner marks it done ("Klar"). The owner need not be the reviewed worker,
/// so the page shows the case's part of the review rather than sending them to a review they may not read.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class ActionModel(CaseWorkDbContext db, ReviewGate gate, AuditLog audit, ReadPurposes purposes, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [FromRoute]
    public Guid ActionId { get; set; }

    /// <summary>Where to go back to after marking it done (the due list, usually).</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public ActionView View { get; private set; } = null!;

    public bool MayMarkDone { get; private set; }

    public bool MayReadReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync("read", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        // The owner reads it as an action on their due list; the review's other readers as part of the review.
        purposes.Set(View.ApplicantId, MayMarkDone ? ReadPurpose.DueAction : ReadPurpose.Review);
        await audit.WriteAsync(AuditAction.ApplicantViewed, View.ApplicantId, $"case review action {ActionId}", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDoneAsync(CancellationToken cancellationToken)
    {
        var refusal = await LoadAsync("mark done", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!MayMarkDone)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, View.ApplicantId, $"mark done case review action {ActionId} (not the owner)", cancellationToken);
            return Forbid();
        }

        var action = await db.ReviewActions.SingleAsync(a => a.Id == ActionId, cancellationToken);
        var review = await db.CaseReviews.AsNoTracking().SingleAsync(r => r.Id == action.ReviewId, cancellationToken);
        try
        {
            if (action.MarkDone(review, db.CurrentUser.UserId!, clock.GetUtcNow()))
            {
                audit.Add(AuditAction.ReviewActionDone, action.ApplicantId, $"case review action {ActionId}");
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer);
            return Page();
        }

        return this.WithStatusMessage(localizer["The action has been marked done."], Url.IsLocalUrl(ReturnUrl) ? LocalRedirect(ReturnUrl) : RedirectToPage(new { actionId = ActionId }));
    }

    private async Task<IActionResult?> LoadAsync(string what, CancellationToken cancellationToken)
    {
        var access = gate.AccessOf(User);
        var view = access.MayList
            ? await db.ReviewActions.AsNoTracking()
                .Where(a => a.Id == ActionId)
                .Select(a => new ActionView(
                    a.Id,
                    a.ReviewId,
                    a.ApplicantId,
                    db.Applicants.Where(x => x.Id == a.ApplicantId).Select(ApplicantDisplayName.Display).FirstOrDefault(),
                    a.Description,
                    a.OwnerId,
                    db.Users.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).Single(),
                    a.DueOn,
                    a.DoneAt,
                    db.CaseReviews.Where(r => r.Id == a.ReviewId).Select(r => new ReviewScope(r.UnitId, r.DistrictId, r.WorkerId, r.Status)).Single(),
                    db.CaseReviews.Where(r => r.Id == a.ReviewId).Select(r => r.CompletedOn).Single(),
                    db.CaseReviews.Where(r => r.Id == a.ReviewId).Select(r => r.SignedByName).Single(),
                    db.CaseReviewEntries.Where(e => e.Id == a.EntryId).Select(e => e.Comment).Single()))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (view is null)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, null, $"{what} case review action {ActionId} (outside scope or no such action)", cancellationToken);
            return NotFound();
        }

        View = view;
        MayMarkDone = access.MayMarkDone(view.OwnerId) && view.Review.Status == CaseReviewStatus.Completed;
        MayReadReview = access.MayRead(view.Review);
        if (!MayReadReview && !access.MayMarkDone(view.OwnerId))
        {
            await audit.WriteAsync(AuditAction.AccessDenied, view.ApplicantId, $"{what} case review action {ActionId} (not allowed)", cancellationToken);
            return Forbid();
        }

        return null;
    }

    public sealed record ActionView(
        Guid Id,
        Guid ReviewId,
        Guid ApplicantId,
        string? ApplicantName,
        string Description,
        string OwnerId,
        string OwnerName,
        DateOnly DueOn,
        DateTimeOffset? DoneAt,
        ReviewScope Review,
        DateOnly? ReviewCompletedOn,
        string? SignedByName,
        string? CaseComment);
}
