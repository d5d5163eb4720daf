using CaseWork.Web.Pages.Due;

namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// The facts a review shows for a set of cases (a page of the caseload, or all of it when signing), in a constant
/// number of queries: one for the case facts (<see cref="CaseQuery.CaseFacts"/>) and the follow-ups, one for open referrals, and the due list's
/// flat queries for the next due date.
/// </summary>
public sealed class ReviewCaseFactsQuery(CaseWorkDbContext db, DueFactsQuery dueFacts, PlanQualityRules quality)
{
    public async Task<Dictionary<Guid, ReviewCaseFacts>> ReadAsync(IReadOnlyCollection<Guid> applicantIds, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicantIds);
        if (applicantIds.Count == 0)
        {
            return [];
        }

        var ids = applicantIds.Distinct().ToList();
        var cases = await db.CaseFacts(db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id)), today)
            .Select(f => new
            {
                Facts = f,
                LastCheckAt = db.MonthlyChecks.Where(c => c.ApplicantId == f.Id).Max(c => (DateTimeOffset?)c.RecordedAt),
                LastTalkOn = db.FollowUpTalks.Where(t => t.ApplicantId == f.Id).Max(t => (DateOnly?)t.HeldOn),
                LastTalkKind = db.FollowUpTalks.Where(t => t.ApplicantId == f.Id)
                    .OrderByDescending(t => t.HeldOn).ThenByDescending(t => t.RecordedAt)
                    .Select(t => (FollowUpTalkKind?)t.Kind).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var referrals = await db.Referrals.AsNoTracking()
            .Where(r => ids.Contains(r.ApplicantId) && r.ClosedOn == null)
            .OrderBy(r => r.SentOn).ThenBy(r => r.Id)
            .Select(r => new
            {
                r.ApplicantId,
                r.Program,
                r.ReceivedOn,
                r.FirstVisitOn,
                r.JobPlanOn,
                r.PlaceGrantedOn,
                JobCentre = db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
            })
            .ToListAsync(cancellationToken);
        var due = await dueFacts.ReadAsync(db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id)), today, cancellationToken);

        // The newest open referral counts, as on the due list.
        var referralBy = referrals.GroupBy(r => r.ApplicantId).ToDictionary(
            g => g.Key,
            g => g.Last() is var r
                ? new ReviewReferral(r.Program, Referral.ReferralStatusOf(null, r.FirstVisitOn, r.ReceivedOn, r.Program, r.PlaceGrantedOn), r.JobCentre,
                    r.FirstVisitOn is { } first && JobPlanDeadline.IsJobPlanLate(first, r.JobPlanOn, today))
                : null);
        var nextDueBy = due.ToDictionary(d => d.Facts.ApplicantId, d => ReviewCaseFacts.NextDueOf(FollowUpSchedule.DueFor(d.Facts, today)));
        return cases.ToDictionary(c => c.Facts.Id, c => new ReviewCaseFacts(
            c.Facts.AidMonthsInWindow,
            c.Facts.ActivePlanContent is null ? null : c.Facts.ActivePlanVersion,
            c.Facts.Signals(quality, today),
            ReviewCaseFacts.LastFollowUpOf(
                c.LastCheckAt is { } checkedAt ? checkedAt.DateInSweden() : null,
                c.LastTalkOn is { } talkOn ? new ReviewFollowUp(talkOn, c.LastTalkKind == FollowUpTalkKind.MultiParty ? JournalNoteKind.MultiPartyTalk : JournalNoteKind.ThreePartyTalk) : null),
            nextDueBy.GetValueOrDefault(c.Facts.Id),
            referralBy.GetValueOrDefault(c.Facts.Id),
            PlanPeriod.Of(c.Facts.ActivePlanContent)));
    }
}
