using CaseWork.Infrastructure.CaseReviews;
using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// "Ärendegenomgång": for the unit head, each social worker with their last completed review, flagged when it is six
/// months old or missing, and where to open the next; the ongoing and completed reviews. A social worker sees their
/// own completed reviews; a manager reads the district's.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    ReviewGate gate, ReviewWorkersQuery workers, ReviewOverviewQuery overviewQuery, ReviewOpening opening) : PageModel
{
    public const int PageSize = 20;

    /// <summary>1-based page of the completed reviews.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Whose caseload to review (the Open handler).</summary>
    [BindProperty]
    public string? WorkerId { get; set; }

    /// <summary>The unit head's yes to starting the review: asked for first, required by the server.</summary>
    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    /// <summary>The confirmation being asked for: whose review, how many cases, which unit and period.</summary>
    public ConfirmStep? OpenStep { get; private set; }

    public CaseReviewAccess Access { get; private set; } = null!;

    public List<WorkerRow> Workers { get; private set; } = [];

    public List<ReviewRow> Ongoing { get; private set; } = [];

    public List<ReviewRow> Completed { get; private set; } = [];

    public int CompletedCount { get; private set; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling(CompletedCount / (double)PageSize));

    public DateOnly Today => clock.Today();

    public bool CanRun => Access.MayRun(db.CurrentUser.Scope.UnitId ?? 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Access = gate.AccessOf(User);
        if (!Access.MayList)
        {
            return Forbid();
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        Access = gate.AccessOf(User);
        if (!CanRun)
        {
            await audit.WriteAsync(AuditAction.AccessDenied, null, "open a review (not a unit head of a unit)", cancellationToken);
            return Forbid();
        }

        var unitId = db.CurrentUser.Scope.UnitId!.Value;
        var worker = (await workers.OfUnitAsync(unitId, cancellationToken)).FirstOrDefault(w => w.Id == WorkerId);
        if (worker is null)
        {
            ModelState.AddModelError(string.Empty, localizer["Choose a social worker of your unit."]);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var ongoing = await db.OngoingReviewOfAsync(worker.Id, cancellationToken);
        if (ongoing is { } existing)
        {
            return RedirectToPage("Details", new { reviewId = existing });
        }

        var cases = await db.Applicants.CountAsync(a => a.UnitId == unitId && a.AssignedWorkerId == worker.Id, cancellationToken);
        var unit = await db.Units.Where(u => u.Id == unitId).Select(u => new { u.DistrictId, u.Name }).SingleAsync(cancellationToken);
        CaseReview review;
        try
        {
            review = CaseReview.Open(unitId, unit.DistrictId, worker.Id, db.CurrentUser.UserId!, cases, clock.GetUtcNow(), Today);
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, arguments: worker.Name);
            await LoadAsync(cancellationToken);
            return Page();
        }

        if (!await ConfirmedAsync(worker, unit.Name, cases, cancellationToken))
        {
            return Page();
        }

        int opened;
        try
        {
            opened = await opening.SaveAsync(review, cases, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(CaseReviewConfiguration.OneOngoingPerWorkerIndex))
        {
            // Opened by someone else at the same moment: continue theirs.
            db.ChangeTracker.Clear();
            return RedirectToPage("Details", new { reviewId = await db.OngoingReviewOfAsync(worker.Id, cancellationToken) });
        }

        if (opened != cases)
        {
            // The caseload changed between the count and the save, and nothing was saved: ask again with the new count.
            await ConfirmedAsync(worker, unit.Name, opened, cancellationToken);
            return Page();
        }

        return this.WithStatusMessage(localizer["The review of {0}'s caseload is open: {1} cases.", worker.Name, opened], RedirectToPage("Details", new { reviewId = review.Id }));
    }

    /// <summary>Whether the unit head confirmed starting the review of <paramref name="cases"/> cases; if not, the page asks.</summary>
    private async Task<bool> ConfirmedAsync(Worker worker, string unitName, int cases, CancellationToken cancellationToken)
    {
        if (this.IsConfirmed(
            Confirm,
            cases,
            localizer["Confirm that you want to start the review of {0}'s caseload.", worker.Name],
            localizer["{0}'s caseload has changed since you confirmed: it now has {1} cases. Confirm again.", worker.Name, cases]))
        {
            return true;
        }

        await LoadAsync(cancellationToken);
        OpenStep = ReviewConfirmations.Open(
            Confirm, localizer, worker, unitName, cases, Today, await db.LastCompletedReviewOnAsync(worker.Id, cancellationToken), Url.Page("Index") ?? "/CaseReviews");
        return false;
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var overview = await overviewQuery.LoadAsync(Access, PageNumber, PageSize, cancellationToken);
        (Workers, Ongoing, Completed, CompletedCount, PageNumber) = (overview.Workers, overview.Ongoing, overview.Completed, overview.CompletedCount, overview.PageNumber);
    }
}
