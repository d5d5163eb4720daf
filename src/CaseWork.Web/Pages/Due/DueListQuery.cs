namespace CaseWork.Web.Pages.Due;

/// <summary>
/// Everything due for a caseload (or the whole scope) in the list's one order: due date, then applicant, kind and
/// review action (the cursor's key, <see cref="DueListCursor"/>). Two flat reads (the schedule's facts, the open review
/// actions) whatever the caseload; the rules run in memory (ADR 0006). The due list pages through it, and the monthly
/// round finds its next check in it.
/// </summary>
public sealed class DueListQuery(DueFactsQuery facts, CaseReviews.OpenReviewActionsQuery reviewActions)
{
    public async Task<DueList> ReadAsync(string? workerId, DateOnly today, CancellationToken cancellationToken)
    {
        var caseload = await facts.ReadAsync(workerId, today, cancellationToken);
        // A review action is its owner's, whoever's caseload the applicant is in.
        var actions = await reviewActions.ReadAsync(workerId, cancellationToken);
        var applicants = caseload.ToDictionary(c => c.Facts.ApplicantId, c => new DueApplicant(c.Name, c.AssignedWorkerId));
        foreach (var action in actions)
        {
            applicants.TryAdd(action.ApplicantId, new DueApplicant(action.ApplicantName, null));
        }

        var items = caseload.SelectMany(c => FollowUpSchedule.DueFor(c.Facts, today))
            .Concat(FollowUpSchedule.DueFor(actions.Select(a => a.Facts), today))
            .OrderBy(i => i.DueOn).ThenBy(i => i.ApplicantId).ThenBy(i => i.Kind).ThenBy(i => i.ActionId)
            .ToList();
        return new DueList(items, applicants, actions.ToDictionary(a => a.ActionId));
    }
}

public sealed record DueApplicant(string Name, string? AssignedWorkerId);

/// <param name="Items">In the list's order.</param>
public sealed record DueList(
    IReadOnlyList<DueItem> Items,
    IReadOnlyDictionary<Guid, DueApplicant> Applicants,
    IReadOnlyDictionary<Guid, CaseReviews.OpenActionRow> ActionsById)
{
    public IEnumerable<DueItem> Of(DueGroup? group) => group is { } g ? Items.Where(i => i.Kind.GroupOf() == g) : Items;

    /// <summary>Who does the item: a review action's owner, otherwise the case's worker.</summary>
    public string? WorkerIdOf(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.ActionId is { } actionId && ActionsById.TryGetValue(actionId, out var action)
            ? action.OwnerId
            : Applicants.GetValueOrDefault(item.ApplicantId)?.AssignedWorkerId;
    }

    /// <summary>The monthly check due after <paramref name="position"/> in the list's order (the monthly round's next), or null.</summary>
    public DueItem? NextMonthlyCheckAfter(DueListCursor position) =>
        Of(DueGroup.MonthlyCheck).FirstOrDefault(i => DueListCursor.Compare(i, position) > 0);
}
