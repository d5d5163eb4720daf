namespace CaseWork.Domain.WorkPlans;

/// <summary>The refusals of the work-plan rules, as stable codes that the UI translates.</summary>
public static class PlanRuleCodes
{
    public const string PeriodOutOfOrder = "plan.period-out-of-order";
    public const string FollowUpOutsidePlan = "plan.follow-up-outside-plan";
    public const string TextTooLong = "plan.text-too-long";
    public const string DuplicateSubgoal = "plan.duplicate-subgoal";
    public const string SubgoalWithoutText = "plan.subgoal-without-text";
    public const string SubgoalOutsidePlan = "plan.subgoal-outside-plan";
    public const string ActivityWithoutText = "plan.activity-without-text";
    public const string ActivityOwnerUnnamed = "plan.activity-owner-unnamed";
    public const string NotADraft = "plan.not-a-draft";
    public const string NotActive = "plan.not-active";
    public const string AlreadyClosed = "plan.already-closed";
    public const string NoGoal = "plan.no-goal";
    public const string RevisionWithoutReason = "plan.revision-without-reason";
    public const string RevisionChangesNothing = "plan.revision-changes-nothing";
    public const string DisagreementWithoutView = "plan.disagreement-without-view";
    public const string CauseOfAnotherApplicant = "plan.cause-of-another-applicant";
    public const string ParticipantsTooLong = "plan.participants-too-long";
}
