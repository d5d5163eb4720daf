namespace CaseWork.Web.Pages.Referrals;

/// <summary>The "Jobbtorg" section of the case page: the applicant's referrals, in one query.</summary>
public sealed record ApplicantReferrals(Guid ApplicantId, bool CanSend, DateOnly Today, List<ApplicantReferrals.Row> Rows)
{
    public static async Task<ApplicantReferrals> LoadAsync(CaseWorkDbContext db, Guid applicantId, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Referrals.AsNoTracking()
            .Where(r => r.ApplicantId == applicantId)
            .OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id)
            .Select(r => new Row(
                r.Id,
                r.Program,
                db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
                r.SentOn,
                r.ReceivedOn,
                r.FirstVisitOn,
                r.JobPlanOn,
                r.ClosedOn,
                r.PlaceGrantedOn,
                db.ResursQueuePositions.Where(q => q.ReferralId == r.Id).Select(q => (int?)q.Position).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return new ApplicantReferrals(applicantId, db.CurrentUser.Scope.CanWritePlans, today, rows);
    }

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
