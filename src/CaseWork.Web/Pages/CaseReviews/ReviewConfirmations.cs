namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>What the review's confirmations say before the unit head starts it, signs it or marks the remaining cases "Inga åtgärder".</summary>
public static class ReviewConfirmations
{
    /// <summary>What starting the review will do: the cases of the worker in the unit, since their last completed review.</summary>
    public static ConfirmStep Open(
        ConfirmInput confirm, IStringLocalizer<SharedResource> localizer, Worker worker, string unitName, int cases, DateOnly today, DateOnly? lastCompletedOn, string url)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(worker);
        return new ConfirmStep(
            confirm,
            "confirm-open",
            "Open",
            localizer["Start a review of {0} cases?", cases],
            [
                localizer["You are starting the review of every case assigned to {0} in {1}: {2} cases, as they stand today, {3}.", worker.Name, unitName, cases, today.ToString("d")],
                lastCompletedOn is { } since
                    ? localizer["It covers the time since {0}'s last completed review, {1}.", worker.Name, since.ToString("d")]
                    : localizer["{0} has had no completed review before.", worker.Name],
                localizer["Each case then waits for your decision, and the review shows as ongoing until you sign it."],
            ],
            [],
            localizer["Yes, start the review of {0} cases", cases],
            localizer["Start the review"],
            url,
            new Dictionary<string, string>(),
            new Dictionary<string, string> { ["WorkerId"] = worker.Id });
    }

    /// <summary>What signing will do: every case has a decision; the actions go to their owners; it cannot be undone.</summary>
    public static ConfirmStep Sign(ConfirmInput confirm, IStringLocalizer<SharedResource> localizer, ReviewHeader review, IReadOnlyCollection<CaseReviewEntry> entries, int actions, string url)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(entries);
        var needsAction = entries.Count(e => e.Decision == ReviewDecision.NeedsAction);
        return new ConfirmStep(
            confirm,
            "confirm-sign",
            "Complete",
            localizer["Sign the review of {0} cases?", entries.Count],
            [
                localizer["You are signing the review of {0}'s {1} cases in {2}, opened {3}.", review.WorkerName, entries.Count, review.UnitName, review.ReviewDate.ToString("d")],
                localizer["No case is without a decision: {0} with no action, {1} needing action, with {2} actions in all.", entries.Count - needsAction, needsAction, actions],
                localizer["A signed review cannot be changed, and the signing cannot be undone. Its actions go to their owners' To do lists."],
            ],
            [],
            localizer["Yes, sign the review. I know that it cannot be undone."],
            localizer["Sign the review"],
            url,
            new Dictionary<string, string>(),
            new Dictionary<string, string>());
    }

    /// <summary>What marking will do: the page's cases without a decision, by name, get "Inga åtgärder".</summary>
    public static ConfirmStep MarkNoAction(ConfirmInput confirm, IStringLocalizer<SharedResource> localizer, int count, IReadOnlyList<string> names, Dictionary<string, string> route, string url)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        ArgumentNullException.ThrowIfNull(names);
        return new ConfirmStep(
            confirm,
            "confirm-mark",
            "MarkNoAction",
            localizer["Mark {0} cases No action?", count],
            [
                localizer["The cases on this page of the list that have no decision yet get the decision No action, without a comment or an action: {0} cases.", count],
                localizer["Cases that already have a decision keep it, and the cases on the other pages are not touched."],
            ],
            names,
            localizer["Yes, mark {0} cases No action", count],
            localizer["Mark the cases No action"],
            url,
            route,
            new Dictionary<string, string>());
    }
}
