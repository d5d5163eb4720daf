namespace CaseWork.Web.Pages.Investigations;

/// <summary>Which form field an investigation refusal belongs beside.</summary>
public static class InvestigationRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        InvestigationRuleCodes.AssessmentMissing => "Input.Assessment",
        _ => string.Empty,
    };
}
