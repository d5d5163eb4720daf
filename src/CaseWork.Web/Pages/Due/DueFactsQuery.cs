namespace CaseWork.Web.Pages.Due;

/// <summary>
/// Reads what the schedule rules need for every applicant of a caseload (or a whole unit) that is on aid, has an
/// active plan or an open referral; the rules themselves run in <see cref="FollowUpSchedule"/>. One flat query per
/// kind of fact (six in all, whatever the caseload), joined in memory: a single query with every fact as a
/// correlated subquery took close to a second for a unit of 5,000. The due list itself reads <c>due_items</c> (ADR 0019);
/// these facts serve the case review and are the rules' computed list that <c>DueItemsTests</c> holds the table to.
/// </summary>
public sealed class DueFactsQuery(CaseWorkDbContext db)
{
    public Task<List<ApplicantFacts>> ReadAsync(string? assignedWorkerId, DateOnly today, CancellationToken cancellationToken)
    {
        var caseload = db.Applicants.AsNoTracking();
        if (assignedWorkerId is not null)
        {
            caseload = caseload.Where(a => a.AssignedWorkerId == assignedWorkerId);
        }

        return ReadAsync(caseload, today, cancellationToken);
    }

    /// <summary>The same facts for any set of applicants, e.g. the cases on a page of a case review.</summary>
    public async Task<List<ApplicantFacts>> ReadAsync(IQueryable<Applicant> caseload, DateOnly today, CancellationToken cancellationToken)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        var aidFrom = current.AddMonths(-2);
        var checkedFrom = current.AddMonths(-1);
        var aid = await (from m in db.AidMonths.Where(LongTermAidRule.PaidBetween(aidFrom, current))
                         join a in caseload on m.ApplicantId equals a.Id
                         select new { m.ApplicantId, m.Month }).ToListAsync(cancellationToken);
        var checks = await (from c in db.MonthlyChecks
                            join a in caseload on c.ApplicantId equals a.Id
                            where c.Month >= checkedFrom
                            select new { c.ApplicantId, c.Month }).ToListAsync(cancellationToken);
        var plans = await (from p in db.WorkPlans
                           join a in caseload on p.ApplicantId equals a.Id
                           where p.Status == WorkPlanStatus.Active
                           select new { p.ApplicantId, p.NextFollowUpOn }).ToListAsync(cancellationToken);
        var talks = await (from t in db.FollowUpTalks
                           join a in caseload on t.ApplicantId equals a.Id
                           group t by t.ApplicantId into g
                           select new { ApplicantId = g.Key, Last = g.Max(t => t.HeldOn) }).ToListAsync(cancellationToken);
        var referrals = await (from r in db.Referrals
                               join a in caseload on r.ApplicantId equals a.Id
                               where r.ClosedOn == null
                               orderby r.SentOn
                               select new
                               {
                                   r.ApplicantId,
                                   Facts = new OpenReferralFacts(
                                       r.Id,
                                       r.FirstVisitOn,
                                       r.JobPlanOn,
                                       r.DeeperJobPlanOn,
                                       r.JointFollowUpOn,
                                       r.PlaceGrantedFromQueue && r.PlaceNoticeAcknowledgedAt == null ? r.PlaceGrantedOn : null),
                               }).ToListAsync(cancellationToken);

        var aidBy = aid.ToLookup(x => x.ApplicantId, x => x.Month);
        var checksBy = checks.ToLookup(x => x.ApplicantId, x => x.Month);
        var planBy = plans.ToDictionary(x => x.ApplicantId, x => x.NextFollowUpOn);
        var talkBy = talks.ToDictionary(x => x.ApplicantId, x => x.Last);
        // The newest open referral counts (sent last, so it overwrites).
        var referralBy = referrals.GroupBy(x => x.ApplicantId).ToDictionary(g => g.Key, g => g.Last().Facts);
        var ids = aidBy.Select(g => g.Key).Concat(planBy.Keys).Concat(referralBy.Keys).ToHashSet();
        var names = await caseload.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.FirstName, a.LastName, a.AssignedWorkerId })
            .ToListAsync(cancellationToken);

        return names.Select(a => new ApplicantFacts(
            ApplicantDisplayName.Of(a.FirstName, a.LastName),
            a.AssignedWorkerId,
            new CaseFacts(
                a.Id,
                aidBy[a.Id].ToList(),
                checksBy[a.Id].ToList(),
                planBy.GetValueOrDefault(a.Id),
                referralBy.GetValueOrDefault(a.Id),
                talkBy.TryGetValue(a.Id, out var talk) ? talk : null))).ToList();
    }
}

public sealed record ApplicantFacts(string Name, string? AssignedWorkerId, CaseFacts Facts);
