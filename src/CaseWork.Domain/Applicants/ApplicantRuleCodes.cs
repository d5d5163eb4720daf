namespace CaseWork.Domain.Applicants;

/// <summary>The refusals of the applicant rules, as stable codes that the UI translates.</summary>
public static class ApplicantRuleCodes
{
    public const string NameMissing = "applicant.name-missing";
    public const string ChildrenOutOfRange = "applicant.children-out-of-range";
    public const string PlacementMissing = "applicant.placement-missing";
    public const string MonthInvalid = "applicant.month-invalid";
    public const string AidMonthInFuture = "applicant.aid-month-in-future";
    public const string AidMonthNotRecorded = "applicant.aid-month-not-recorded";
    public const string AidDecisionMissing = "applicant.aid-decision-missing";
}
