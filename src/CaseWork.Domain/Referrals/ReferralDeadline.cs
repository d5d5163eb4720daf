namespace CaseWork.Domain.Referrals;

public enum ReferralDeadlineKind
{
    JobPlan,
    DeeperJobPlan,
    JointFollowUp,
}

/// <summary>The next Jobbgaranti step a participant is waiting for, and when it is due.</summary>
public sealed record ReferralDeadline(ReferralDeadlineKind Kind, DateOnly Due)
{
    /// <summary>The first step not yet taken after the first visit; none before the first visit or once all are done.</summary>
    public static ReferralDeadline? Next(DateOnly? firstVisitOn, DateOnly? jobPlanOn, DateOnly? deeperJobPlanOn, DateOnly? jointFollowUpOn)
    {
        if (firstVisitOn is not { } first)
        {
            return null;
        }

        if (jobPlanOn is null)
        {
            return new(ReferralDeadlineKind.JobPlan, JobPlanDeadline.JobPlanDue(first));
        }

        if (deeperJobPlanOn is null)
        {
            return new(ReferralDeadlineKind.DeeperJobPlan, JobPlanDeadline.DeeperPlanDue(first));
        }

        return jointFollowUpOn is null ? new(ReferralDeadlineKind.JointFollowUp, JobPlanDeadline.JointFollowUpDue(first)) : null;
    }
}
