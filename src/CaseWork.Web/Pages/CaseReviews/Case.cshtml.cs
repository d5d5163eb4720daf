namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The unit head records the decision, comment and actions for one case of an ongoing review.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class CaseModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    ReviewGate gate, ReviewCasesQuery cases, ReviewCaseFactsQuery factsQuery, ReviewWorkersQuery workers, ReadPurposes purposes, IValidator<CaseInput> validator) : PageModel
{
    [FromRoute]
    public Guid ReviewId { get; set; }

    [FromRoute]
    public Guid EntryId { get; set; }

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    public ReviewHeader Review { get; private set; } = null!;

    public Guid ApplicantId { get; private set; }

    public string ApplicantName { get; private set; } = string.Empty;

    public ReviewCaseFacts? Facts { get; private set; }

    public List<Worker> Owners { get; private set; } = [];

    /// <summary>What a colleague saved while this form was open, shown beside the user's own input.</summary>
    public CaseConflict? Conflict { get; private set; }

    public DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (entry, refusal) = await OpenAsync(tracked: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = CaseInput.From(entry!, Review.Scope.WorkerId);
        await ShowAsync(cancellationToken);
        return Page();
    }

    /// <summary>Another empty action row, keeping everything typed; nothing is saved.</summary>
    public async Task<IActionResult> OnPostAddActionAsync(CancellationToken cancellationToken)
    {
        var (_, refusal) = await OpenAsync(tracked: false, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input.Actions.Add(ActionInput.Blank(Review.Scope.WorkerId));
        await ShowAsync(cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(toNext: false, cancellationToken);

    public Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken) => SaveAsync(toNext: true, cancellationToken);

    public IEnumerable<SelectListItem> OwnerOptions(string? selected) =>
        Owners.Select(o => new SelectListItem(o.Name, o.Id, o.Id == selected));

    private async Task<IActionResult> SaveAsync(bool toNext, CancellationToken cancellationToken)
    {
        var (entry, refusal) = await OpenAsync(tracked: true, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var review = await db.CaseReviews.SingleAsync(r => r.Id == ReviewId, cancellationToken);
        await validator.ValidateIntoAsync(Input, ModelState);
        Owners = await workers.OfUnitAsync(review.UnitId, cancellationToken);
        var decision = Input.ToDecision();
        var rows = Input.FilledActions.Select(x => x.Index).ToList();
        foreach (var breach in CaseDecisionRules.Check(decision, review.ReviewDate, Owners.Select(o => o.Id).ToHashSet()))
        {
            this.AddBreachAt(breach.Code, ReviewRuleFields.FieldFor(breach.Code, breach.ActionIndex is { } i ? rows[i] : null), localizer);
        }

        if (!ModelState.IsValid)
        {
            await ShowAsync(cancellationToken);
            return Page();
        }

        db.Entry(entry!).Property(e => e.Version).OriginalValue = Input.Version;
        try
        {
            entry!.Record(review, decision, Owners.Select(o => o.Id).ToHashSet(), db.CurrentUser.UserId!, clock.GetUtcNow());
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer);
            await ShowAsync(cancellationToken);
            return Page();
        }

        audit.Add(AuditAction.CaseReviewCaseRecorded, entry.ApplicantId, $"review {ReviewId}: {entry.Decision}, {entry.Actions.Count} actions");
        Guid? next = null;
        return await this.SaveFormAsync(
            async () =>
            {
                await db.SaveChangesAsync(cancellationToken);
                next = toNext ? await cases.NextUndecidedAsync(ReviewId, EntryId, cancellationToken) : null;
            },
            localizer["The decision on {0} has been saved.", ApplicantName],
            () => next is { } nextId
                ? RedirectToPage("Case", new { reviewId = ReviewId, entryId = nextId })
                : RedirectToPage("Details", null, new { reviewId = ReviewId }, $"case-{EntryId}"),
            conflict: null,
            async _ =>
            {
                db.ChangeTracker.Clear();
                await ShowConflictAsync(cancellationToken);
                await ShowAsync(cancellationToken);
                return Page();
            });
    }

    /// <summary>The review for running it, and the entry (with its actions) when it belongs to that review.</summary>
    private async Task<(CaseReviewEntry? Entry, IActionResult? Refusal)> OpenAsync(bool tracked, CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: true, "record a case of", cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal);
        }

        Review = header!;
        var query = db.CaseReviewEntries.Include(e => e.Actions).Where(e => e.Id == EntryId && e.ReviewId == ReviewId);
        var entry = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(cancellationToken);
        if (entry is null)
        {
            return (null, NotFound());
        }

        if (Review.IsCompleted)
        {
            return (null, RedirectToPage("Details", new { reviewId = ReviewId }));
        }

        ApplicantId = entry.ApplicantId;
        ApplicantName = await db.Applicants.Where(a => a.Id == entry.ApplicantId).Select(ApplicantDisplayName.Display).SingleOrDefaultAsync(cancellationToken)
            ?? localizer["Moved from the unit"];
        return (entry, null);
    }

    private async Task ShowAsync(CancellationToken cancellationToken)
    {
        if (Owners.Count == 0)
        {
            Owners = await workers.OfUnitAsync(Review.Scope.UnitId, cancellationToken);
        }

        Facts = (await factsQuery.ReadAsync([ApplicantId], Today, cancellationToken)).GetValueOrDefault(ApplicantId);
        if (Facts is not null)
        {
            purposes.Set(ApplicantId, ReadPurpose.Review);
            await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"case review {ReviewId}", cancellationToken);
        }
    }

    private async Task ShowConflictAsync(CancellationToken cancellationToken)
    {
        (Conflict, Input.Version) = await cases.SavedAsync(EntryId, cancellationToken);
        ModelState.AddOnce(string.Empty, Conflict.SavedBy is null
            ? localizer["Someone saved this case while you were editing. Your input is still in the form: compare it with what was saved, then save again to replace it."]
            : localizer["{0} saved this case while you were editing. Your input is still in the form: compare it with what was saved, then save again to replace it.", Conflict.SavedBy]);
        ModelState.Remove("Input.Version");
    }
}
