namespace CaseWork.Web.Pages.Referrals;

/// <summary>The list's filters as SQL: the status is derived from the dates just as <see cref="Referral.ReferralStatusOf"/> does.</summary>
public static class ReferralFilters
{
    public static IQueryable<Referral> WithStatus(this IQueryable<Referral> query, ReferralStatus status) => status switch
    {
        ReferralStatus.Closed => query.Where(r => r.ClosedOn != null),
        ReferralStatus.Enrolled => query.Where(r => r.ClosedOn == null && r.FirstVisitOn != null),
        ReferralStatus.Queued => query.Where(r => r.ClosedOn == null && r.FirstVisitOn == null && r.Program == ReferralProgram.Resurs && r.PlaceGrantedOn == null),
        ReferralStatus.Received => query.Where(r => r.ClosedOn == null && r.FirstVisitOn == null
            && !(r.Program == ReferralProgram.Resurs && r.PlaceGrantedOn == null) && r.ReceivedOn != null),
        _ => query.Where(r => r.ClosedOn == null && r.FirstVisitOn == null
            && !(r.Program == ReferralProgram.Resurs && r.PlaceGrantedOn == null) && r.ReceivedOn == null),
    };

    /// <summary>Late as <see cref="JobPlanDeadline.IsJobPlanLate"/>: made after the deadline, or not made and the deadline passed.</summary>
    public static IQueryable<Referral> WithJobPlanLate(this IQueryable<Referral> query, DateOnly today) =>
        query.Where(r => r.JobPlanDueOn != null
            && ((r.JobPlanOn != null && r.JobPlanOn > r.JobPlanDueOn) || (r.JobPlanOn == null && r.JobPlanDueOn < today)));
}
