namespace CaseWork.Web.Pages.Applicants;

/// <summary>Which form field an applicant refusal belongs beside.</summary>
public static class ApplicantRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        AccessRuleCodes.ReasonMissing => "Input.Reason",
        AccessRuleCodes.OtherReasonUndescribed or AccessRuleCodes.ReasonTextTooLong => "Input.Text",
        ApplicantRuleCodes.AidMonthInFuture or ApplicantRuleCodes.MonthInvalid or ApplicantRuleCodes.AidMonthNotRecorded => "Input.Month",
        ApplicantRuleCodes.AidDecisionMissing => "Input.Decision",
        _ => string.Empty,
    };
}
