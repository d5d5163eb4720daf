using CaseWork.Domain.Calendar;

namespace CaseWork.Domain.CaseReviews;

/// <summary>What the unit head records about one case: a decision, a comment and, when it needs action, the actions.</summary>
public sealed record CaseDecision(ReviewDecision? Decision, string? Comment, IReadOnlyList<ReviewActionInput> Actions);

/// <summary>One action as entered; <see cref="Id"/> names an action already saved, null a new one.</summary>
public sealed record ReviewActionInput(Guid? Id, string? Description, string? OwnerId, DateOnly? DueOn);

/// <summary>A broken rule; <see cref="ActionIndex"/> says which action it concerns, when it concerns one.</summary>
public sealed record RuleBreach(string Code, int? ActionIndex = null);

/// <summary>The rules a case decision must keep. All breaches are reported at once, so a form can mark every field.</summary>
public static class CaseDecisionRules
{
    public const int MaxCommentLength = 4000;
    public const int MaxActionLength = 1000;
    public const int MaxActions = 20;

    /// <param name="reviewDate">No action may be due before the review was held.</param>
    /// <param name="unitSocialWorkers">Who may own an action: the social workers of the review's unit.</param>
    public static IReadOnlyList<RuleBreach> Check(CaseDecision decision, DateOnly reviewDate, IReadOnlySet<string> unitSocialWorkers)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(unitSocialWorkers);
        var breaches = new List<RuleBreach>();
        if (decision.Decision is null)
        {
            breaches.Add(new RuleBreach(ReviewRuleCodes.DecisionMissing));
        }

        if (decision.Comment?.Length > MaxCommentLength)
        {
            breaches.Add(new RuleBreach(ReviewRuleCodes.CommentTooLong));
        }

        if (decision.Decision == ReviewDecision.NeedsAction && decision.Actions.Count == 0)
        {
            breaches.Add(new RuleBreach(ReviewRuleCodes.NeedsActionWithoutAction));
        }

        if (decision.Decision == ReviewDecision.NoAction && decision.Actions.Count > 0)
        {
            breaches.Add(new RuleBreach(ReviewRuleCodes.ActionsWithoutNeedsAction));
        }

        if (decision.Actions.Count > MaxActions)
        {
            breaches.Add(new RuleBreach(ReviewRuleCodes.TooManyActions));
        }

        for (var i = 0; i < decision.Actions.Count; i++)
        {
            breaches.AddRange(CheckAction(decision.Actions[i], i, reviewDate, unitSocialWorkers));
        }

        return breaches;
    }

    private static IEnumerable<RuleBreach> CheckAction(ReviewActionInput action, int index, DateOnly reviewDate, IReadOnlySet<string> unitSocialWorkers)
    {
        if (string.IsNullOrWhiteSpace(action.Description))
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionTextMissing, index);
        }
        else if (action.Description.Trim().Length > MaxActionLength)
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionTextTooLong, index);
        }

        if (string.IsNullOrEmpty(action.OwnerId))
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionOwnerMissing, index);
        }
        else if (!unitSocialWorkers.Contains(action.OwnerId))
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionOwnerNotInUnit, index);
        }

        if (action.DueOn is not { } due)
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionDueMissing, index);
        }
        else if (due < reviewDate)
        {
            yield return new RuleBreach(ReviewRuleCodes.ActionDueBeforeReview, index);
        }
        else if (PlausibleDates.IsTooFarAhead(due, reviewDate))
        {
            yield return new RuleBreach(CalendarRuleCodes.TooFarAhead, index);
        }
    }
}
