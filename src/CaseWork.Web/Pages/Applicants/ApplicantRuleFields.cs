namespace CaseWork.Web.Pages.Applicants;

/// <summary>Which form field an applicant refusal belongs beside.</summary>
public static class ApplicantRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        StatedReason.ChooseReason => "Input.Reason",
        StatedReason.DescribeOther or StatedReason.TextTooLong => "Input.Text",
        _ => string.Empty,
    };
}
