namespace CaseWork.Web.Pages.AccessLog;

/// <summary>Which form field an access-log refusal belongs beside.</summary>
public static class AccessLogRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        AccessLogRuleCodes.CheckCommentMissing or AccessLogRuleCodes.CheckCommentTooLong => nameof(IndexModel.Comment),
        AccessLogRuleCodes.PeriodOutOfOrder => nameof(IndexModel.To),
        _ => string.Empty,
    };
}
