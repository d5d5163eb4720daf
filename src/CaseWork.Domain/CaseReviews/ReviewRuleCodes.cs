namespace CaseWork.Domain.CaseReviews;

/// <summary>The refusals of the case-review rules, as stable codes that the UI translates.</summary>
public static class ReviewRuleCodes
{
    public const string EmptyCaseload = "review.empty-caseload";
    public const string AlreadySigned = "review.signed";
    public const string NotSigned = "review.not-signed";
    public const string CasesUndecided = "review.cases-undecided";
    public const string DecisionMissing = "review.decision-missing";
    public const string CommentTooLong = "review.comment-too-long";
    public const string NeedsActionWithoutAction = "review.needs-action-without-action";
    public const string ActionsWithoutNeedsAction = "review.actions-without-needs-action";
    public const string TooManyActions = "review.too-many-actions";
    public const string ActionTextMissing = "review.action-text-missing";
    public const string ActionTextTooLong = "review.action-text-too-long";
    public const string ActionOwnerMissing = "review.action-owner-missing";
    public const string ActionOwnerNotInUnit = "review.action-owner-not-in-unit";
    public const string ActionDueMissing = "review.action-due-missing";
    public const string ActionDueBeforeReview = "review.action-due-before-review";
    public const string NotActionOwner = "review.not-action-owner";
    public const string NothingRemaining = "review.nothing-remaining";
}
