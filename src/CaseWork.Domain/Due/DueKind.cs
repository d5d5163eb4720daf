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
