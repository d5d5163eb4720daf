namespace CaseWork.Web.Pages.Referrals;

/// <summary>The referral lists' rows, in one query; the case page reads the same columns in its own statement (<see cref="Applicants.CaseFileQuery"/>).</summary>
public static class ApplicantReferralsQuery
{
    /// <summary>The referrals as the lists show them, with whom each is about, in the order given.</summary>
    public static IQueryable<ListedReferral> Listed(CaseWorkDbContext db, IQueryable<Referral> referrals)
    {
        ArgumentNullException.ThrowIfNull(db);
        return referrals.Select(r => new ListedReferral
        {
            Id = r.Id,
            ApplicantId = r.ApplicantId,
            ApplicantName = db.Applicants.Where(a => a.Id == r.ApplicantId).Select(a => a.LastName + ", " + a.FirstName).Single(),
            Referral = new ApplicantReferrals.Row(
                r.Id,
                r.Program,
                db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
                r.SentOn,
                r.ReceivedOn,
                r.FirstVisitOn,
                r.JobPlanOn,
                r.ClosedOn,
                r.PlaceGrantedOn,
                db.ResursQueuePositions.Where(q => q.ReferralId == r.Id).Select(q => (int?)q.Position).FirstOrDefault()),
        });
    }
}

/// <summary>The "Jobbtorg" section of the case page: the applicant's referrals.</summary>
public sealed record ApplicantReferrals(Guid ApplicantId, bool CanSend, DateOnly Today, List<ApplicantReferrals.Row> Rows)
{
    public sealed record Row(
        Guid Id,
        ReferralProgram Program,
        string JobCentre,
        DateOnly SentOn,
        DateOnly? ReceivedOn,
        DateOnly? FirstVisitOn,
        DateOnly? JobPlanOn,
        DateOnly? ClosedOn,
        DateOnly? PlaceGrantedOn,
        int? QueuePosition)
    {
        public ReferralStatus Status => Referral.ReferralStatusOf(ClosedOn, FirstVisitOn, ReceivedOn, Program, PlaceGrantedOn);

        public bool IsJobPlanLate(DateOnly today) => FirstVisitOn is { } first && JobPlanDeadline.IsJobPlanLate(first, JobPlanOn, today);
    }
}

/// <summary>A line of a referral list: the referral and whom it is about.</summary>
public sealed record ListedReferral
{
    public Guid Id { get; init; }

    public Guid ApplicantId { get; init; }

    public string ApplicantName { get; init; } = string.Empty;

    public ApplicantReferrals.Row Referral { get; init; } = null!;
}
