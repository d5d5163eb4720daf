namespace CaseWork.Web.Pages.Referrals;

/// <summary>
/// The referral lists' filters as SQL, for the district's list and the coach's: each status is one condition on the
/// dates, derived just as <see cref="Referral.ReferralStatusOf"/> derives it.
/// </summary>
public static class ReferralFilters
{
    public static IQueryable<Referral> WithStatus(this IQueryable<Referral> query, ReferralStatus status) => status switch
    {
        ReferralStatus.Closed => query.Where(r => r.ClosedOn != null),
        ReferralStatus.Enrolled => query.Where(r => r.ClosedOn == null && r.FirstVisitOn != null),
        ReferralStatus.Queued => query.Where(r => r.ClosedOn == null && r.FirstVisitOn == null && r.Program == ReferralProgram.Resurs && r.PlaceGrantedOn == null),
        ReferralStatus.Received => query.NotYetEnrolled().Where(r => r.ReceivedOn != null),
        _ => query.NotYetEnrolled().Where(r => r.ReceivedOn == null),
    };

    /// <summary>Sent or received: open, no first visit yet, and not waiting in the Resurs queue.</summary>
    public static IQueryable<Referral> NotYetEnrolled(this IQueryable<Referral> query) =>
        query.Where(r => r.ClosedOn == null && r.FirstVisitOn == null && !(r.Program == ReferralProgram.Resurs && r.PlaceGrantedOn == null));

    /// <summary>Late as <see cref="JobPlanDeadline.IsJobPlanLate"/>: made after the deadline, or not made and the deadline passed.</summary>
    public static IQueryable<Referral> WithJobPlanLate(this IQueryable<Referral> query, DateOnly today) =>
        query.Where(r => r.JobPlanDueOn != null
            && ((r.JobPlanOn != null && r.JobPlanOn > r.JobPlanDueOn) || (r.JobPlanOn == null && r.JobPlanDueOn < today)));
}
