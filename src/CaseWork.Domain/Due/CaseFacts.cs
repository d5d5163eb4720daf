namespace CaseWork.Domain.Due;

/// <summary>What the schedule rules need to know about one applicant; read in one query for a whole caseload.</summary>
public sealed record CaseFacts(
    Guid ApplicantId,
    IReadOnlyCollection<DateOnly> MonthsWithAidPaid,
    IReadOnlyCollection<DateOnly> MonthsWithCheck,
    DateOnly? PlanNextFollowUp,
    OpenReferralFacts? Referral,
    DateOnly? LastTalkOn);

/// <summary>The applicant's open Jobbtorg referral, as far as deadlines go.</summary>
public sealed record OpenReferralFacts(
    Guid ReferralId,
    DateOnly? FirstVisitOn,
    DateOnly? JobPlanOn,
    DateOnly? DeeperJobPlanOn,
    DateOnly? JointFollowUpOn,
    DateOnly? PlaceGrantedFromQueueOn);

/// <summary>An action of a signed case review that its owner has not yet marked done.</summary>
public sealed record OpenReviewAction(Guid ActionId, Guid ApplicantId, DateOnly DueOn);
