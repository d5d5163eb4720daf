namespace CaseWork.Domain.Due;

/// <summary>What a bevakning (a watched deadline) asks someone to do.</summary>
public enum DueKind
{
    MonthlyCheck,
    ThreePartyTalk,
    PlanFollowUp,
    JobPlan,
    DeeperJobPlan,
    JointFollowUp,
    ResursPlaceGranted,

    /// <summary>An action from a signed case review (ärendegenomgång), due for its owner.</summary>
    ReviewAction,
}

/// <summary>Where a due item falls for the person reading the list.</summary>
public enum DueBucket
{
    Overdue,
    ThisWeek,
    Later,
}

/// <summary>
/// What the due list filters by: the kinds a worker tells apart at a glance (the four Jobbtorg deadlines are one
/// group, "referral deadline").
/// </summary>
public enum DueGroup
{
    MonthlyCheck,
    Talk,
    Plan,
    ReferralDeadline,
    ReviewAction,
}

public static class DueKinds
{
    public static DueGroup GroupOf(this DueKind kind) => kind switch
    {
        DueKind.MonthlyCheck => DueGroup.MonthlyCheck,
        DueKind.ThreePartyTalk => DueGroup.Talk,
        DueKind.PlanFollowUp => DueGroup.Plan,
        DueKind.ReviewAction => DueGroup.ReviewAction,
        DueKind.JobPlan or DueKind.DeeperJobPlan or DueKind.JointFollowUp or DueKind.ResursPlaceGranted => DueGroup.ReferralDeadline,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "A due kind without a group."),
    };
}
