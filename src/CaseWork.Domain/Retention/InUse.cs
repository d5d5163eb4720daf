namespace CaseWork.Domain.Retention;

/// <summary>
/// What in a person's file is still in use, so that nothing of it may be deleted yet. Each can be ended by the people
/// who work with the file (close the plan or the referral, sign the review, mark the action done), so nothing keeps a
/// file forever by accident.
/// </summary>
[Flags]
public enum InUse
{
    None = 0,

    /// <summary>A work plan that is active (drafts and closed plans do not count).</summary>
    ActivePlan = 1,

    /// <summary>A Jobbtorg referral that is not closed, queued ones included.</summary>
    OpenReferral = 2,

    /// <summary>The person's case is part of a case review that has not been signed.</summary>
    OngoingCaseReview = 4,

    /// <summary>An action from a case review that is not marked done.</summary>
    OpenReviewAction = 8,

    /// <summary>Aid granted or reduced for a month within the last twelve (or a later month).</summary>
    RecentAid = 16,
}
