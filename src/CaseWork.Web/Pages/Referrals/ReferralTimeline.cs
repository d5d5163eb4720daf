namespace CaseWork.Web.Pages.Referrals;

/// <summary>The referral's lifecycle as dated steps, with the Jobbgaranti deadlines of the steps not yet taken.</summary>
public static class ReferralTimeline
{
    public enum Milestone
    {
        Sent,
        Received,
        FirstVisit,
        JobPlan,
        DeeperJobPlan,
        JointFollowUp,
        Closed,
    }

    public sealed record Entry(Milestone Step, DateOnly? On, DateOnly? Due, bool IsLate);

    public static IReadOnlyList<Entry> For(ReferralView referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var first = referral.FirstVisitOn;
        return
        [
            new(Milestone.Sent, referral.SentOn, null, false),
            new(Milestone.Received, referral.ReceivedOn, null, false),
            new(Milestone.FirstVisit, first, null, false),
            new(Milestone.JobPlan, referral.JobPlanOn, first is { } f ? referral.JobPlanDueOn ?? JobPlanDeadline.JobPlanDue(f) : null, referral.IsJobPlanLate(today)),
            new(Milestone.DeeperJobPlan, referral.DeeperJobPlanOn, first is { } d ? JobPlanDeadline.DeeperPlanDue(d) : null, false),
            new(Milestone.JointFollowUp, referral.JointFollowUpOn, first is { } j ? JobPlanDeadline.JointFollowUpDue(j) : null, false),
            new(Milestone.Closed, referral.ClosedOn, null, false),
        ];
    }
}
