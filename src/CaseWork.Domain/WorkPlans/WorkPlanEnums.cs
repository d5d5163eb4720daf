namespace CaseWork.Domain.WorkPlans;

public enum WorkPlanStatus
{
    Draft,
    Active,
    Closed,
}

public enum SubgoalStatus
{
    NotStarted,
    InProgress,
    Achieved,
    Abandoned,
}

/// <summary>Who carries out an activity.</summary>
public enum ActivityOwner
{
    Applicant,
    SocialWorker,
    Jobbtorg,
    Other,
}

/// <summary>How the applicant's agreement (or disagreement) with the plan was given.</summary>
public enum AgreementMethod
{
    SignedOnPaper,
    InMeeting,
}

public enum PlanClosureReason
{
    SelfSufficient,
    MovedAway,
    CaseClosed,
    DraftDiscarded,
    Other,
}
