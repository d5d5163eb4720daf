using CaseWork.Domain.Applicants;
using CaseWork.Domain.Schedules;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Pages.Due;

/// <summary>
/// Reads, in one query, what the schedule rules need for every applicant of a caseload (or a whole unit) that is on
/// aid, has an active plan or an open referral; the rules themselves run in <see cref="FollowUpSchedule"/>.
/// </summary>
public sealed class DueFactsQuery(CaseWorkDbContext db)
{
    public async Task<List<ApplicantFacts>> ReadAsync(string? assignedWorkerId, DateOnly today, CancellationToken cancellationToken)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        var aidFrom = current.AddMonths(-2);
        var paid = LongTermAidRule.PaidBetween(aidFrom, current);
        var checkedFrom = current.AddMonths(-1);
        var applicants = db.Applicants.AsNoTracking();
        if (assignedWorkerId is not null)
        {
            applicants = applicants.Where(a => a.AssignedWorkerId == assignedWorkerId);
        }

        var rows = await applicants
            .Where(a => a.AidMonths.AsQueryable().Any(paid)
                || db.Referrals.Any(r => r.ApplicantId == a.Id && r.ClosedOn == null)
                || db.WorkPlans.Any(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active))
            .Select(a => new
            {
                a.Id,
                a.FirstName,
                a.LastName,
                a.AssignedWorkerId,
                Aid = a.AidMonths.AsQueryable().Where(paid).Select(m => m.Month).ToList(),
                Checks = db.MonthlyChecks.Where(c => c.ApplicantId == a.Id && c.Month >= checkedFrom).Select(c => c.Month).ToList(),
                PlanFollowUp = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active).Select(p => p.NextFollowUpOn).FirstOrDefault(),
                LastTalk = db.FollowUpTalks.Where(t => t.ApplicantId == a.Id).Max(t => (DateOnly?)t.HeldOn),
                Referral = db.Referrals
                    .Where(r => r.ApplicantId == a.Id && r.ClosedOn == null)
                    .OrderByDescending(r => r.SentOn)
                    .Select(r => new OpenReferralFacts(
                        r.Id,
                        r.FirstVisitOn,
                        r.JobPlanOn,
                        r.DeeperJobPlanOn,
                        r.JointFollowUpOn,
                        r.PlaceGrantedFromQueue && r.PlaceNoticeAcknowledgedAt == null ? r.PlaceGrantedOn : null))
                    .FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(r => new ApplicantFacts(
            $"{r.FirstName} {r.LastName}",
            r.AssignedWorkerId,
            new CaseFacts(r.Id, r.Aid, r.Checks, r.PlanFollowUp, r.Referral, r.LastTalk))).ToList();
    }
}

public sealed record ApplicantFacts(string Name, string? AssignedWorkerId, CaseFacts Facts);
