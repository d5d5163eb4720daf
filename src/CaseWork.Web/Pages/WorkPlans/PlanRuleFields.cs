namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Which form field a domain refusal belongs beside.</summary>
public static class PlanRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        PlanRuleCodes.PeriodOutOfOrder => "Input.ValidTo",
        PlanRuleCodes.FollowUpOutsidePlan => "Input.NextFollowUp",
        PlanRuleCodes.NoGoal => "Input.Goal",
        PlanRuleCodes.DisagreementWithoutView => "Input.ApplicantView",
        PlanRuleCodes.ParticipantsTooLong => "Input.Participants.Others",
        // The cause travels in a hidden field; its refusal sits by the revision's reason, where the summary link can focus.
        PlanRuleCodes.RevisionWithoutReason or PlanRuleCodes.RevisionChangesNothing or PlanRuleCodes.CauseOfAnotherApplicant => "Input.Reason",
        _ => string.Empty,
    };
}
