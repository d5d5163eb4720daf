namespace CaseWork.Domain.AccessLog;

/// <summary>The refusals of the access-log rules (the log check), as stable codes that the UI translates.</summary>
public static class AccessLogRuleCodes
{
    public const string CheckCommentMissing = "accesslog.check-comment-missing";
    public const string CheckCommentTooLong = "accesslog.check-comment-too-long";
    public const string PeriodOutOfOrder = "accesslog.period-out-of-order";
}
