namespace CaseWork.Domain.WorkPlans;

/// <summary>What the audit found wrong with plans, as signals shown while writing, on the case and in reviews.</summary>
public enum PlanQualitySignal
{
    GenericGoal,
    NoSubgoal,
    SubgoalWithoutTargetDateOrCriterion,
    NoNextFollowUp,
    FollowUpOverdue,
    PlanExpired,
    NoActivePlanWhileReceivingAid,
    NoSignedInvestigation,
}
