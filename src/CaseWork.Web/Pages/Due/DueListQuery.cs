using CaseWork.Infrastructure.Due;

namespace CaseWork.Web.Pages.Due;

/// <summary>
/// The due list as the page and the monthly round read it (ADR 0019): from <c>due_items</c>, which the database keeps
/// in step with the case facts, the items shown today of a caseload (or the whole scope) in the list's one order (due
/// date, applicant, kind, review action: the cursor's key, <see cref="DueListCursor"/>), one page at a time by keyset,
/// and the counts per kind and bucket in one grouped read. The open review actions (few: a worker's or a unit's) are
/// read as they are and merged in.
/// </summary>
public sealed class DueListQuery(CaseWorkDbContext db, CaseReviews.OpenReviewActionsQuery reviewActions)
{
    public async Task<DueList> ReadAsync(string? workerId, DateOnly today, DueListRead read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(read);
        var entries = db.DueEntries.AsNoTracking().Where(DueEntry.ShownOn(today));
        if (workerId is not null)
        {
            entries = entries.Where(e => e.AssignedWorkerId == workerId);
        }

        // A review action is its owner's, whoever's caseload the applicant is in.
        var actions = read.Counts || read.Group is null or DueGroup.ReviewAction
            ? await reviewActions.ReadAsync(workerId, cancellationToken)
            : [];
        var actionItems = FollowUpSchedule.DueFor(actions.Select(a => a.Facts), today);
        var counts = read.Counts ? await CountAsync(entries, actionItems, today, cancellationToken) : new Dictionary<(DueGroup, DueBucket), int>();

        var items = read.Group is DueGroup.ReviewAction ? [] : await PageAsync(entries, read, cancellationToken);
        var shownActions = actionItems.Where(i => read.Group is not { } g || i.Kind.GroupOf() == g)
            .Where(i => read.After is not { } after || DueListCursor.Compare(i, after) > 0)
            .Where(i => read.Before is not { } before || DueListCursor.Compare(i, before) < 0);
        var page = InListOrder(items.Select(e => e.ToItem()).Concat(shownActions), backwards: read.Before is not null)
            .Take(read.Take)
            .ToList();

        var ids = page.Where(i => i.ActionId is null).Select(i => i.ApplicantId).Distinct().ToList();
        var applicants = ids.Count == 0
            ? new Dictionary<Guid, DueApplicant>()
            : await db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id))
                .ToDictionaryAsync(a => a.Id, a => new DueApplicant(ApplicantDisplayName.Of(a.FirstName, a.LastName), a.AssignedWorkerId), cancellationToken);
        foreach (var action in actions)
        {
            applicants.TryAdd(action.ApplicantId, new DueApplicant(action.ApplicantName, null));
        }

        return new DueList(page, applicants, actions.ToDictionary(a => a.ActionId), counts);
    }

    /// <summary>The monthly check due after <paramref name="position"/> in the list's order (the monthly round's next), or null.</summary>
    public async Task<DueItem?> NextMonthlyCheckAfterAsync(string? workerId, DateOnly today, DueListCursor position, CancellationToken cancellationToken) =>
        (await ReadAsync(workerId, today, new DueListRead(DueGroup.MonthlyCheck, After: position), cancellationToken)).First;

    private static async Task<List<DueEntry>> PageAsync(IQueryable<DueEntry> entries, DueListRead read, CancellationToken cancellationToken)
    {
        if (read.Group is { } group)
        {
            var kinds = Enum.GetValues<DueKind>().Where(k => k.GroupOf() == group).ToList();
            entries = entries.Where(e => kinds.Contains(e.Kind));
        }

        if (read.Before is { } before)
        {
            return await entries
                .Where(e => EF.Functions.LessThan(ValueTuple.Create(e.DueOn, e.ApplicantId, e.Kind), ValueTuple.Create(before.DueOn, before.ApplicantId, before.Kind)))
                .OrderByDescending(e => e.DueOn).ThenByDescending(e => e.ApplicantId).ThenByDescending(e => e.Kind)
                .Take(read.Take)
                .ToListAsync(cancellationToken);
        }

        if (read.After is { } after)
        {
            entries = entries.Where(e => EF.Functions.GreaterThan(ValueTuple.Create(e.DueOn, e.ApplicantId, e.Kind), ValueTuple.Create(after.DueOn, after.ApplicantId, after.Kind)));
        }

        return await entries.OrderBy(e => e.DueOn).ThenBy(e => e.ApplicantId).ThenBy(e => e.Kind).Take(read.Take).ToListAsync(cancellationToken);
    }

    private static async Task<Dictionary<(DueGroup, DueBucket), int>> CountAsync(
        IQueryable<DueEntry> entries, IEnumerable<DueItem> actionItems, DateOnly today, CancellationToken cancellationToken)
    {
        var endOfWeek = FollowUpSchedule.EndOfWeek(today);
        var counted = await entries
            .GroupBy(e => new { e.Kind, Overdue = e.DueOn < today, ThisWeek = e.DueOn <= endOfWeek })
            .Select(g => new { g.Key.Kind, g.Key.Overdue, g.Key.ThisWeek, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = new Dictionary<(DueGroup, DueBucket), int>();
        foreach (var c in counted)
        {
            var bucket = c.Overdue ? DueBucket.Overdue : c.ThisWeek ? DueBucket.ThisWeek : DueBucket.Later;
            var key = (c.Kind.GroupOf(), bucket);
            counts[key] = counts.GetValueOrDefault(key) + c.Count;
        }

        foreach (var item in actionItems)
        {
            var key = (item.Kind.GroupOf(), item.BucketOn(today));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static IEnumerable<DueItem> InListOrder(IEnumerable<DueItem> items, bool backwards) =>
        backwards
            ? items.OrderByDescending(i => i.DueOn).ThenByDescending(i => i.ApplicantId).ThenByDescending(i => i.Kind).ThenByDescending(i => i.ActionId)
            : items.OrderBy(i => i.DueOn).ThenBy(i => i.ApplicantId).ThenBy(i => i.Kind).ThenBy(i => i.ActionId);
}

/// <summary>What to read of the due list: a group (or all), a position (after or before a cursor), how many, and whether the counts too.</summary>
public sealed record DueListRead(DueGroup? Group, DueListCursor? After = null, DueListCursor? Before = null, int Take = 1, bool Counts = false);

public sealed record DueApplicant(string Name, string? AssignedWorkerId);

/// <param name="Items">The page read, in the list's order (backwards when read before a cursor).</param>
/// <param name="Counts">Items shown today per group and bucket, whatever group was read (when asked for).</param>
public sealed record DueList(
    IReadOnlyList<DueItem> Items,
    IReadOnlyDictionary<Guid, DueApplicant> Applicants,
    IReadOnlyDictionary<Guid, CaseReviews.OpenActionRow> ActionsById,
    IReadOnlyDictionary<(DueGroup Group, DueBucket Bucket), int> Counts)
{
    /// <summary>The first item read, or null.</summary>
    public DueItem? First => Items.Count > 0 ? Items[0] : null;

    /// <summary>Who does the item: a review action's owner, otherwise the case's worker.</summary>
    public string? WorkerIdOf(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ActionId is { } actionId && ActionsById.TryGetValue(actionId, out var action)
            ? action.OwnerId
            : Applicants.GetValueOrDefault(item.ApplicantId)?.AssignedWorkerId;
    }
}
