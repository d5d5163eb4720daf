namespace CaseWork.Web.Pages.Referrals;

/// <summary>Reads for the referral pages, always through the scoped context and the applicant in the route.</summary>
public static class ReferralQuery
{
    public static Task<ReferralView?> ViewAsync(CaseWorkDbContext db, Guid applicantId, Guid referralId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Referrals.AsNoTracking()
            .Where(r => r.Id == referralId && r.ApplicantId == applicantId)
            .SelectWithMilestones(r => r, r => new ReferralView
            {
                Id = r.Id,
                ApplicantName = db.Applicants.Where(a => a.Id == r.ApplicantId).Select(ApplicantDisplayName.Display).Single(),
                JobCentre = db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
                DistrictId = r.DistrictId,
                ReferredBy = db.Users.Where(u => u.Id == r.ReferredById).Select(u => u.DisplayName).FirstOrDefault(),
                Reason = r.Reason,
                WorkCapacityPercent = r.WorkCapacityPercent,
                Languages = r.Languages,
                PlanExpectations = r.PlanExpectations,
                JobPlanContent = r.JobPlanContent,
                DeeperJobPlanContent = r.DeeperJobPlanContent,
                ConsentGiven = r.Consent.Given,
                ConsentRecordedOn = r.Consent.RecordedOn,
                ConsentScope = r.Consent.Scope,
                ClosureReason = r.ClosureReason,
                ClosureNote = r.ClosureNote,
                PlaceGrantedFromQueue = r.PlaceGrantedFromQueue,
                PlaceNoticeAcknowledged = r.PlaceNoticeAcknowledgedAt != null,
                QueuePosition = db.ResursQueuePositions.Where(q => q.ReferralId == r.Id).Select(q => (int?)q.Position).FirstOrDefault(),
                Version = r.Version,
                Interventions = r.Interventions.OrderBy(i => i.StartOn)
                    .Select(i => new ReferralView.InterventionRow(
                        db.InterventionTypes.Where(t => t.Id == i.InterventionTypeId).Select(t => t.Name).Single(),
                        db.InterventionTypes.Where(t => t.Id == i.InterventionTypeId).Select(t => t.Category).Single(),
                        i.StartOn,
                        i.EndOn,
                        i.Outcome,
                        i.OutcomeNote))
                    .ToList(),
                Attendance = r.Attendance.OrderByDescending(a => a.Month)
                    .Select(a => new ReferralView.AttendanceRow(a.Month, a.DaysAttended, a.DaysExpected))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
    }
}
