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
    public static IQueryable<CoachParticipantRow> Apply(IQueryable<CoachParticipantRow> rows, ParticipantFilter? status, bool jobPlanLate, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(rows);
        rows = status switch
        {
            ParticipantFilter.New => rows.Where(p => p.ClosedOn == null && p.FirstVisitOn == null
                && !(p.Program == ReferralProgram.Resurs && p.PlaceGrantedOn == null)),
            ParticipantFilter.Enrolled => rows.Where(p => p.ClosedOn == null && p.FirstVisitOn != null),
            ParticipantFilter.Queued => rows.Where(p => p.ClosedOn == null && p.FirstVisitOn == null
                && p.Program == ReferralProgram.Resurs && p.PlaceGrantedOn == null),
            ParticipantFilter.Closed => rows.Where(p => p.ClosedOn != null),
            // The default list is the open referrals: a closed one has ended the coach's access to the case.
            _ => rows.Where(p => p.ClosedOn == null),
        };
        if (jobPlanLate)
        {
            // Those still waiting for a job plan whose deadline has passed: the ones the coach must act on.
            rows = rows.Where(p => p.ClosedOn == null && p.JobPlanOn == null && p.JobPlanDueOn < today);
        }

        return rows;
    }
}
