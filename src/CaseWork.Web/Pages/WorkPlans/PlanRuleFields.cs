using CaseWork.Domain.WorkPlans;

namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Which form field a domain refusal belongs beside.</summary>
public static class PlanRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        PlanRuleCodes.PeriodOutOfOrder => "Input.ValidTo",
        PlanRuleCodes.FollowUpOutsidePlan => "Input.NextFollowUp",
        PlanRuleCodes.NoGoal => "Input.Goal",
        PlanRuleCodes.RevisionWithoutReason or PlanRuleCodes.RevisionChangesNothing => "Input.Reason",
        PlanRuleCodes.CauseOfAnotherApplicant => "FollowUpId",
        _ => string.Empty,
    };
}
