using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>The status choices of the participant list; "new" covers sent and received, not yet at a first visit.</summary>
public enum ParticipantFilter
{
    New,
    Enrolled,
    Queued,
    Closed,
}

public static class ParticipantFilters
{
    /// <summary>The statuses as the district's list filters them (<see cref="ReferralFilters"/>); by default the open referrals.</summary>
    public static IQueryable<Referral> Apply(IQueryable<Referral> referrals, ParticipantFilter? status, bool jobPlanLate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referrals);
        referrals = status switch
        {
            ParticipantFilter.New => referrals.NotYetEnrolled(),
            ParticipantFilter.Enrolled => referrals.WithStatus(ReferralStatus.Enrolled),
            ParticipantFilter.Queued => referrals.WithStatus(ReferralStatus.Queued),
            ParticipantFilter.Closed => referrals.WithStatus(ReferralStatus.Closed),
            // The default list is the open referrals: a closed one has ended the coach's access to the case.
            _ => referrals.Where(r => r.ClosedOn == null),
        };
        if (jobPlanLate)
        {
            // Those still waiting for a job plan whose deadline has passed: the ones the coach must act on.
            referrals = referrals.Where(r => r.ClosedOn == null && r.JobPlanOn == null && r.JobPlanDueOn < today);
        }

        return referrals;
    }
}
