namespace CaseWork.Domain.Investigations;

/// <summary>The refusals of the investigation rules, as stable codes that the UI translates.</summary>
public static class InvestigationRuleCodes
{
    public const string AlreadySigned = "investigation.already-signed";
    public const string AssessmentMissing = "investigation.assessment-missing";
    public const string SectionTooLong = "investigation.section-too-long";
}
