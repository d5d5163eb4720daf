namespace CaseWork.Domain.Access;

/// <summary>The refusals of the access rules (a reason stated for reading a case), as stable codes that the UI translates.</summary>
public static class AccessRuleCodes
{
    public const string ReasonMissing = "access.reason-missing";
    public const string OtherReasonUndescribed = "access.other-reason-undescribed";
    public const string ReasonTextTooLong = "access.reason-text-too-long";
}
