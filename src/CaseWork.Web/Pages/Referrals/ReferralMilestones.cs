namespace CaseWork.Web.Pages.Referrals;

/// <summary>Where a referral stands, as the referral page and the coach's list read it: its programme, its dates, and the status and job-plan deadline that follow from them.</summary>
public abstract class ReferralMilestones
{
    public ReferralProgram Program { get; init; }

    public DateOnly SentOn { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public DateOnly? FirstVisitOn { get; init; }

    public DateOnly? JobPlanOn { get; init; }

    public DateOnly? JobPlanDueOn { get; init; }

    public DateOnly? DeeperJobPlanOn { get; init; }

    public DateOnly? JointFollowUpOn { get; init; }

    public DateOnly? ClosedOn { get; init; }

    public DateOnly? PlaceGrantedOn { get; init; }

    public ReferralStatus Status => Referral.ReferralStatusOf(ClosedOn, FirstVisitOn, ReceivedOn, Program, PlaceGrantedOn);

    public bool IsJobPlanLate(DateOnly today) => FirstVisitOn is { } first && JobPlanDeadline.IsJobPlanLate(first, JobPlanOn, today);
}
