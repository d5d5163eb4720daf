namespace CaseWork.Web.Pages.Referrals;

/// <summary>Which form field a domain refusal belongs beside; the code itself is the text's resource key.</summary>
public static class ReferralRuleFields
{
    public static string FieldFor(string code, string prefix, string dateField = "On") => code switch
    {
        ReferralRuleCodes.WorkCapacityTooLow or ReferralRuleCodes.WorkCapacityOutOfRange => prefix + ".WorkCapacity",
        ReferralRuleCodes.ReasonMissing => prefix + ".Reason",
        ReferralRuleCodes.ConsentScopeWithRefusal => prefix + ".Consent.WorkPlan",
        ReferralRuleCodes.ClosureReasonMissing => prefix + ".Reason",
        ReferralRuleCodes.ClosureNoteMissing => prefix + ".Note",
        ReferralRuleCodes.ClosedBeforeFirstVisit or ReferralRuleCodes.ClosedBeforeSent or ReferralRuleCodes.DateInFuture or ReferralRuleCodes.DateTooEarly => prefix + "." + dateField,
        _ => string.Empty,
    };

    /// <summary>
    /// For a coach's form on the participant page: beside the form's own field, unless the rule names another; what a
    /// job plan says has its own field on the two forms that record a plan.
    /// </summary>
    public static string ForCoachForm(string code, string formField, string? contentField = null) => code switch
    {
        ReferralRuleCodes.AlreadyClosed => string.Empty,
        ReferralRuleCodes.JobPlanContentMissing or ReferralRuleCodes.JobPlanContentTooLong => contentField ?? formField,
        ReferralRuleCodes.ClosureReasonMissing => "Closure.Reason",
        ReferralRuleCodes.ClosureNoteMissing => "Closure.Note",
        ReferralRuleCodes.AttendanceOutOfRange => "Attendance.DaysExpected",
        ReferralRuleCodes.AttendanceBeforeFirstVisit => "Attendance.Month",
        ReferralRuleCodes.InterventionBeforeFirstVisit => "Intervention.Start",
        ReferralRuleCodes.InterventionNotFound => "Ending.InterventionId",
        _ => formField,
    };
}
