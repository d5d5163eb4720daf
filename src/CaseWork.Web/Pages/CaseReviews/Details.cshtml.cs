namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// One review: the caseload a page at a time with what matters per case and the decisions so far; the unit head
/// completes and signs it here. Read-only for everyone once signed.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    ReviewGate gate, ReviewCasesQuery cases, ReviewCaseFactsQuery factsQuery) : ReviewPageModel
{
    /// <summary>Shows only the cases without a decision yet.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Undecided { get; set; }

    /// <summary>The unit head's yes to signing, or to marking the remaining cases: asked for first, required by the server.</summary>
    [BindProperty]
    public ConfirmInput Confirm { get; set; } = new();

    /// <summary>The confirmation of signing being asked for.</summary>
    public ConfirmStep? SignStep { get; private set; }

    /// <summary>The confirmation of marking the remaining cases of the page "Inga åtgärder" being asked for.</summary>
    public ConfirmStep? MarkStep { get; private set; }

    public bool CanRun { get; private set; }

    public override int PageCount => Math.Max(1, (int)Math.Ceiling((Undecided ? Review.Undecided : Review.Cases) / (double)ReviewCasesQuery.PageSize));

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
        if (review.RemainingOf(entries).Count == 0 && !this.IsConfirmed(
            Confirm,
            entries.Count,
            localizer["Confirm that you want to sign the review of {0}'s caseload.", header!.WorkerName],
            localizer["The review has changed since you confirmed: it now has {0} cases. Confirm again.", entries.Count]))
        {
            await ShowAsync(header!, cancellationToken);
            SignStep = ReviewConfirmations.Sign(
                Confirm, localizer, Review, entries, await db.ReviewActions.CountAsync(a => a.ReviewId == ReviewId, cancellationToken), Url.Page("Details", new { reviewId = ReviewId }) ?? string.Empty);
            return Page();
        }

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

    /// <summary>
    /// "Markera återstående ärenden Inga åtgärder": the cases of the page of the list the unit head has looked at that
    /// have no decision yet get "Inga åtgärder", once confirmed. The domain decides which cases remain.
    /// </summary>
    public async Task<IActionResult> OnPostMarkNoActionAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: true, "mark the remaining cases of", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Review = header!;
        KeepPageNumberInRange();
        var looked = await cases.EntryIdsOnPageAsync(ReviewId, Position, Undecided, cancellationToken);
        var review = await db.CaseReviews.SingleAsync(r => r.Id == ReviewId, cancellationToken);
        var entries = await db.CaseReviewEntries.Include(e => e.Actions).Where(e => e.ReviewId == ReviewId && looked.Contains(e.Id)).ToListAsync(cancellationToken);
        var remaining = review.RemainingOf(entries);
        if (remaining.Count > 0 && !this.IsConfirmed(
            Confirm,
            remaining.Count,
            localizer["Confirm that you want to mark the remaining cases No action."],
            localizer["The cases without a decision on this page have changed since you confirmed: now {0}. Confirm again.", remaining.Count]))
        {
            await ShowAsync(header!, cancellationToken);
            var names = Rows.Where(r => remaining.Any(e => e.Id == r.EntryId)).Select(r => r.ApplicantName ?? localizer["Moved from the unit"].Value).ToList();
            MarkStep = ReviewConfirmations.MarkNoAction(
                Confirm, localizer, remaining.Count, names, PageRoute(), Url.Page("Details", null, PageValues()) ?? string.Empty);
            return Page();
        }

        if (!this.DomainAccepts(() => review.MarkRemainingNoAction(entries, db.CurrentUser.UserId!, clock.GetUtcNow()), localizer, null, out var marked))
        {
            await ShowAsync(header!, cancellationToken);
            return Page();
        }

        foreach (var entry in marked)
        {
            audit.Add(AuditAction.CaseReviewCaseRecorded, entry.ApplicantId, $"review {ReviewId}: {entry.Decision}, 0 actions (the remaining cases of the list marked at once)");
        }

        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["{0} cases have been marked No action.", marked.Count],
            () => RedirectToPage(PageValues()),
            localizer["A case was recorded while you were marking, so nothing was marked. Look through the list and mark again."],
            async _ =>
            {
                db.ChangeTracker.Clear();
                await ShowAsync((await ReviewHeaderQuery.LoadAsync(db, ReviewId, cancellationToken))!, cancellationToken);
                return Page();
            });
    }

    /// <summary>The page of cases and its audit row, which names every case shown: each is a case file read.</summary>
    private async Task ShowAsync(ReviewHeader header, CancellationToken cancellationToken)
    {
        Review = header;
        KeepPageNumberInRange();
        CanRun = !header.IsCompleted && gate.AccessOf(User).MayRun(header.Scope.UnitId);
        (Rows, NextCursor, PreviousCursor) = await cases.LoadAsync(header, Position, Undecided, Today, cancellationToken);
        await RecordShownAsync(audit, Rows, $"case review {ReviewId}, page {PageNumber}{(Undecided ? " (without a decision)" : "")}", cancellationToken);
    }

    /// <summary>The route of the page shown: its number, its cursor and the filter, for the forms that come back to it.</summary>
    public Dictionary<string, string> PageRoute()
    {
        var route = new Dictionary<string, string> { ["p"] = PageNumber.ToString(CultureInfo.InvariantCulture) };
        var position = Position;
        if (position.CameForward)
        {
            route["after"] = After!;
        }
        else if (position.MovingBack)
        {
            route["before"] = Before!;
        }

        if (Undecided)
        {
            route["undecided"] = "true";
        }

        return route;
    }

    private RouteValueDictionary PageValues() => new(PageRoute().ToDictionary(r => r.Key, r => (object?)r.Value)) { ["reviewId"] = ReviewId };
}
