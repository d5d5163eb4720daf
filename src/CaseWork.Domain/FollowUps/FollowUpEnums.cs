namespace CaseWork.Domain.FollowUps;

/// <summary>Did the applicant attend Jobbtorg as the plan agreed?</summary>
public enum Attendance
{
    Yes,
    Partly,
    No,
    NotApplicable,
}

public enum FollowUpTalkKind
{
    /// <summary>Trepartssamtal: applicant, social worker and the Jobbtorg coach.</summary>
    ThreeParty,

    /// <summary>Flerpartssamtal: also others, e.g. Arbetsförmedlingen or health care.</summary>
    MultiParty,
}
