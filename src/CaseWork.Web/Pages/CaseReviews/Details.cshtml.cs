namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// One review: the caseload a page at a time with what matters per case and the decisions so far; the unit head
/// completes and signs it here. Read-only for everyone once signed.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    ReviewGate gate, ReviewCasesQuery cases, ReviewCaseFactsQuery factsQuery, ReadPurposes purposes) : ReviewPageModel
{
    /// <summary>1-based page of the caseload ("p": Razor Pages keeps "page" for itself).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Shows only the cases without a decision yet.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Undecided { get; set; }

    public bool CanRun { get; private set; }

    public int PageCount => Math.Max(1, (int)Math.Ceiling((Undecided ? Review.Undecided : Review.Cases) / (double)ReviewCasesQuery.PageSize));

    public override DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: false, "read", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        await ShowAsync(header!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCompleteAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: true, "complete", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var review = await db.CaseReviews.SingleAsync(r => r.Id == ReviewId, cancellationToken);
        var entries = await db.CaseReviewEntries.Where(e => e.ReviewId == ReviewId).ToListAsync(cancellationToken);
        try
        {
            var facts = entries.Any(e => e.Decision is null)
                ? new Dictionary<Guid, ReviewCaseFacts>()
                : await factsQuery.ReadAsync(entries.Select(e => e.ApplicantId).ToList(), Today, cancellationToken);
            var signer = User.FindFirstValue(CaseWorkClaimTypes.DisplayName) ?? db.CurrentUser.UserName;
            review.Complete(entries, facts, db.CurrentUser.UserId!, signer, clock.GetUtcNow(), Today);
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, arguments: header!.Undecided);
            await ShowAsync(header!, cancellationToken);
            return Page();
        }

        audit.Add(AuditAction.CaseReviewCompleted, null, $"review {ReviewId} of worker {review.WorkerId}: {entries.Count} cases");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The review has been completed and signed. Its actions are now in their owners' To do lists."],
            () => RedirectToPage(new { reviewId = ReviewId }),
            localizer["A case was recorded while you were signing, so nothing was signed. Look through the review and sign again."],
            async _ =>
            {
                db.ChangeTracker.Clear();
                await ShowAsync((await ReviewHeaderQuery.LoadAsync(db, ReviewId, cancellationToken))!, cancellationToken);
                return Page();
            });
    }

    /// <summary>The page of cases and its audit rows: every case shown is a case file read.</summary>
    private async Task ShowAsync(ReviewHeader header, CancellationToken cancellationToken)
    {
        Review = header;
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        CanRun = !header.IsCompleted && gate.AccessOf(User).MayRun(header.Scope.UnitId);
        Rows = await cases.LoadAsync(header, PageNumber, Undecided, Today, cancellationToken);
        await RecordReadsAsync(db, audit, purposes, $"case review {ReviewId}", cancellationToken);
    }
}
