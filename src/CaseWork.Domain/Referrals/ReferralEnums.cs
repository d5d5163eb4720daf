namespace CaseWork.Domain.Referrals;

/// <summary>Which Jobbtorg service the referral asks for.</summary>
public enum ReferralProgram
{
    /// <summary>Jobbtorg Stockholm: unemployed applicants who can work at least half time.</summary>
    Jobbtorg,

    /// <summary>Jobbtorg Resurs: aid for other reasons than unemployment, may work fully or partly; limited places per district.</summary>
    Resurs,
}

/// <summary>Where a referral is in its lifecycle; derived from its dates, never stored by hand.</summary>
public enum ReferralStatus
{
    Sent,
    Queued,
    Received,
    Enrolled,
    Closed,
}

public enum ReferralClosureReason
{
    Employment,
    SubsidisedEmployment,
    Studies,
    OtherIncome,
    Moved,
    SentBack,
    Other,
}

/// <summary>What the applicant lets the social services share with Jobbtorg, beyond name, contact and the referral.</summary>
[Flags]
public enum ConsentScope
{
    None = 0,
    WorkPlan = 1,
    Journal = 2,
    Investigation = 4,
}

public enum InterventionCategory
{
    Coach,
    Matcher,
    StudyAndCareerGuidance,
    Internship,
    WorkTraining,
    WorkCapacityAssessment,
    ExternalProvider,
    Project,
}

public enum InterventionOutcome
{
    Completed,
    Interrupted,
    LedToWork,
    LedToStudies,
    Other,
}
