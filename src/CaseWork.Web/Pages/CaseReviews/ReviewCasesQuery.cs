namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// The cases of a review in name order, a page at a time (a print of the whole review goes through its entry ids a part
/// at a time), with their decisions, actions and facts: live while the review is ongoing, as kept at signing once it is
/// signed. A constant number of queries a page.
/// </summary>
public sealed class ReviewCasesQuery(CaseWorkDbContext db, ReviewCaseFactsQuery factsQuery)
{
    public const int PageSize = 50;

    /// <summary>
    /// A page of the list from <paramref name="position"/> (neither cursor: the first page), read by key in the list's
    /// order: no entry before the page is read, however deep the page.
    /// </summary>
    /// <param name="pageSize">The list's pages (<see cref="PageSize"/>) or the print's parts.</param>
    public async Task<KeysetPage<CaseRow>> LoadAsync(
        ReviewHeader header, KeysetPosition<ApplicantListCursor> position, bool undecidedOnly, DateOnly today, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(header);
        var read = await Shown(OnPage(header.Id, position, undecidedOnly)).Take(pageSize + 1).ToListAsync(cancellationToken);
        var page = KeysetPage.Of(read, pageSize, position, CursorOf);
        var rows = await WithFactsAsync(header, page.Rows, today, cancellationToken);
        return new KeysetPage<CaseRow>(rows, page.NextCursor, page.PreviousCursor);
    }

    /// <summary>The cases of <paramref name="entryIds"/> (a part of <see cref="EntryIdsInListOrderAsync"/>), in that order.</summary>
    public async Task<List<CaseRow>> LoadAsync(ReviewHeader header, IReadOnlyCollection<Guid> entryIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(entryIds);
        var entries = await Shown(InListOrder(header.Id, undecidedOnly: false).Where(x => entryIds.Contains(x.Entry.Id))).ToListAsync(cancellationToken);
        return await WithFactsAsync(header, entries, today, cancellationToken);
    }

    /// <summary>
    /// Every entry of the review in the list's order, ids only: what a print of the whole review goes through a part at
    /// a time, so that neither the cases nor the page are ever held whole (16 bytes a case).
    /// </summary>
    public Task<List<Guid>> EntryIdsInListOrderAsync(Guid reviewId, CancellationToken cancellationToken) =>
        InListOrder(reviewId, undecidedOnly: false).Select(x => x.Entry.Id).ToListAsync(cancellationToken);

    private static IQueryable<ShownEntry> Shown(IQueryable<EntryInList> entries) =>
        entries.Select(x => new ShownEntry
        {
            Id = x.Entry.Id,
            ApplicantId = x.Entry.ApplicantId,
            Name = x.Applicant == null ? null : ApplicantDisplayName.Of(x.Applicant.FirstName, x.Applicant.LastName),
            FirstName = x.Applicant == null ? null : x.Applicant.FirstName,
            LastName = x.Applicant == null ? null : x.Applicant.LastName,
            Pin = x.Applicant == null ? null : x.Applicant.PersonalIdentityNumber,
            Decision = x.Entry.Decision,
            Comment = x.Entry.Comment,
            FactsAtSigning = x.Entry.FactsAtSigning,
        });

    /// <summary>The entries with their actions and facts: a constant number of queries for any number of entries.</summary>
    private async Task<List<CaseRow>> WithFactsAsync(ReviewHeader header, List<ShownEntry> entries, DateOnly today, CancellationToken cancellationToken)
    {
        var entryIds = entries.Select(e => e.Id).ToList();
        var actions = (await ActionsOf(entryIds).ToListAsync(cancellationToken)).ToLookup(a => a.EntryId);
        var live = header.IsCompleted
            ? []
            : await factsQuery.ReadAsync(entries.Where(e => e.Name is not null).Select(e => e.ApplicantId).ToList(), today, cancellationToken);

        return entries.Select(e => new CaseRow(
            e.Id,
            e.ApplicantId,
            e.Name,
            e.Pin,
            e.Decision,
            e.Comment,
            header.IsCompleted ? e.FactsAtSigning : live.GetValueOrDefault(e.ApplicantId),
            actions[e.Id].ToList())).ToList();
    }

    /// <summary>The entries a page of the list shows, as <see cref="LoadAsync"/> shows them: what the unit head has looked at there.</summary>
    public Task<List<Guid>> EntryIdsOnPageAsync(Guid reviewId, KeysetPosition<ApplicantListCursor> position, bool undecidedOnly, CancellationToken cancellationToken) =>
        OnPage(reviewId, position, undecidedOnly).Select(x => x.Entry.Id).Take(PageSize).ToListAsync(cancellationToken);

    /// <summary>
    /// The list's position of an entry, in the register's cursor by name (<see cref="ApplicantSort.Name"/>, the entry's
    /// id in the place of the applicant's). A case no longer in the unit has neither name nor personnummer: its cursor's
    /// empty personnummer is what puts it after every named case, as the list does.
    /// </summary>
    private static string CursorOf(ShownEntry entry) =>
        new ApplicantListCursor(ApplicantSort.Name, entry.LastName ?? string.Empty, entry.FirstName ?? string.Empty, entry.Pin ?? string.Empty, entry.Id).Encode();

    private static bool IsMoved(ApplicantListCursor cursor) => cursor.Pin.Length == 0;

    /// <summary>
    /// The entries beyond the cursor in the order of travel (forward from "after", back from "before", read in reverse):
    /// the named cases by (last name, first name, entry id), then those no longer in the unit by entry id.
    /// </summary>
    private IQueryable<EntryInList> OnPage(Guid reviewId, KeysetPosition<ApplicantListCursor> position, bool undecidedOnly)
    {
        var entries = Joined(reviewId, undecidedOnly);
        if (position.After is { } after)
        {
            entries = IsMoved(after)
                ? entries.Where(x => x.Applicant == null && x.Entry.Id > after.Id)
                : entries.Where(x => x.Applicant == null || EF.Functions.GreaterThan(
                    ValueTuple.Create(x.Applicant.LastName, x.Applicant.FirstName, x.Entry.Id), ValueTuple.Create(after.LastName, after.FirstName, after.Id)));
        }
        else if (position.Before is { } before)
        {
            entries = IsMoved(before)
                ? entries.Where(x => x.Applicant != null || x.Entry.Id < before.Id)
                : entries.Where(x => x.Applicant != null && EF.Functions.LessThan(
                    ValueTuple.Create(x.Applicant.LastName, x.Applicant.FirstName, x.Entry.Id), ValueTuple.Create(before.LastName, before.FirstName, before.Id)));
            return entries
                .OrderByDescending(x => x.Applicant == null).ThenByDescending(x => x.Applicant!.LastName).ThenByDescending(x => x.Applicant!.FirstName).ThenByDescending(x => x.Entry.Id);
        }

        return InOrder(entries);
    }

    /// <summary>The list's order: by name, the cases no longer in the unit last.</summary>
    private IQueryable<EntryInList> InListOrder(Guid reviewId, bool undecidedOnly) => InOrder(Joined(reviewId, undecidedOnly));

    private static IQueryable<EntryInList> InOrder(IQueryable<EntryInList> entries) =>
        entries.OrderBy(x => x.Applicant == null).ThenBy(x => x.Applicant!.LastName).ThenBy(x => x.Applicant!.FirstName).ThenBy(x => x.Entry.Id);

    private IQueryable<EntryInList> Joined(Guid reviewId, bool undecidedOnly) =>
        from e in db.CaseReviewEntries.AsNoTracking()
        where e.ReviewId == reviewId && (!undecidedOnly || e.Decision == null)
        join a in db.Applicants on e.ApplicantId equals a.Id into found
        from a in found.DefaultIfEmpty()
        select new EntryInList { Entry = e, Applicant = a };

    /// <summary>Set by member initialisation, which EF Core follows into the queries built on it (a constructor it does not).</summary>
    private sealed class EntryInList
    {
        public required CaseReviewEntry Entry { get; init; }

        public required Applicant? Applicant { get; init; }
    }

    private sealed class ShownEntry
    {
        public Guid Id { get; init; }

        public Guid ApplicantId { get; init; }

        public string? Name { get; init; }

        public string? Pin { get; init; }

        public string? FirstName { get; init; }

        public string? LastName { get; init; }

        public ReviewDecision? Decision { get; init; }

        public string? Comment { get; init; }

        public ReviewCaseFacts? FactsAtSigning { get; init; }
    }

    public IQueryable<ActionRow> ActionsOf(IReadOnlyCollection<Guid> entryIds) =>
        db.ReviewActions.AsNoTracking()
            .Where(a => entryIds.Contains(a.EntryId))
            .OrderBy(a => a.DueOn).ThenBy(a => a.Id)
            .Select(a => new ActionRow(
                a.Id,
                a.EntryId,
                a.Description,
                a.OwnerId,
                db.Users.Where(u => u.Id == a.OwnerId).Select(u => u.DisplayName).Single(),
                a.DueOn,
                a.DoneAt));

    /// <summary>What was saved on the entry, by whom, and its version: shown beside the unit head's own input after a conflict.</summary>
    public async Task<(CaseConflict Conflict, uint Version)> SavedAsync(Guid entryId, CancellationToken cancellationToken)
    {
        var theirs = await db.CaseReviewEntries.AsNoTracking()
            .Where(e => e.Id == entryId)
            .Select(e => new
            {
                e.Decision,
                e.Comment,
                e.Version,
                SavedBy = db.Users.Where(u => u.Id == e.RecordedById).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var actions = await ActionsOf([entryId]).ToListAsync(cancellationToken);
        return (new CaseConflict(theirs.SavedBy, theirs.Decision, theirs.Comment, actions), theirs.Version);
    }

    /// <summary>The next undecided case of the review, in the list's order (by name).</summary>
    public Task<Guid?> NextUndecidedAsync(Guid reviewId, Guid entryId, CancellationToken cancellationToken) =>
        (from e in db.CaseReviewEntries.AsNoTracking()
         where e.ReviewId == reviewId && e.Decision == null && e.Id != entryId
         join a in db.Applicants on e.ApplicantId equals a.Id
         orderby a.LastName, a.FirstName, e.Id
         select (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken);
}

public sealed record CaseConflict(string? SavedBy, ReviewDecision? Decision, string? Comment, IReadOnlyList<ActionRow> Actions);

public sealed record CaseRow(
    Guid EntryId,
    Guid ApplicantId,
    string? ApplicantName,
    string? PinDigits,
    ReviewDecision? Decision,
    string? Comment,
    ReviewCaseFacts? Facts,
    IReadOnlyList<ActionRow> Actions);

public sealed record ActionRow(Guid Id, Guid EntryId, string Description, string OwnerId, string OwnerName, DateOnly DueOn, DateTimeOffset? DoneAt);
