using CaseWork.Domain.Applicants;
using CaseWork.Domain.Journal;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Tests.Cases;

/// <summary>
/// The case page's reads as they were before the one statement (issue 17): four LINQ queries through the query
/// filters (the applicant with its months and facts, the plans, a journal page, the referrals). The tests' oracle for
/// <see cref="CaseFileQuery.LoadAsync"/>.
/// </summary>
internal static class CaseFileOracle
{
    public static async Task<CaseFileView?> LoadAsync(
        CaseWorkDbContext db, Guid applicantId, JournalNoteKind? journalKind, string? journalBefore, DateOnly today)
    {
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var recent = LongTermAidRule.PaidBetween(LongTermAidRule.ReceivingAidFrom(today), to);
        var shownFrom = to.AddMonths(-(CaseFileQuery.MonthsShown - 1));
        var userId = db.CurrentUser.UserId;

        var read = await db.Applicants.AsNoTracking().IgnoreQueryFilters([CaseWorkDbContext.ThroughApplicantFilter])
            .Where(a => a.Id == applicantId)
            .Select(a => new
            {
                View = new ApplicantView(
                    a.Id,
                    a.PersonalIdentityNumber,
                    a.Details,
                    Applicant.ContactVisible(a.HasProtectedIdentity, a.AssignedWorkerId, userId),
                    db.Districts.Where(d => d.Id == a.DistrictId).Select(d => d.Name).Single(),
                    db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).Single(),
                    db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.DisplayName).SingleOrDefault(),
                    a.RegisteredAt,
                    a.AidMonths.Where(m => m.Month >= shownFrom).OrderByDescending(m => m.Month)
                        .Select(m => new AidMonthView(m.Month, m.Decision)).ToList()),
                AidMonthsInWindow = a.AidMonths.AsQueryable().Count(paid),
                ReceivingAid = a.AidMonths.AsQueryable().Any(recent),
                HasSignedInvestigation = db.BasicInvestigations.Any(i => i.ApplicantId == a.Id && i.SignedAt != null),
            })
            .SingleOrDefaultAsync();
        if (read is null)
        {
            return null;
        }

        var plans = await db.WorkPlans.AsNoTracking().IgnoreQueryFilters([CaseWorkDbContext.ThroughApplicantFilter])
            .Where(p => p.ApplicantId == applicantId && db.Applicants.Any(a => a.Id == p.ApplicantId))
            .OrderBy(p => p.Status == WorkPlanStatus.Active ? 0 : p.Status == WorkPlanStatus.Draft ? 1 : 2)
            .ThenByDescending(p => p.StartedAt)
            .Select(p => new
            {
                p.Id,
                p.Status,
                p.StartedAt,
                p.Draft,
                Newest = p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault(),
                Number = p.Versions.Max(v => (int?)v.Number),
                p.NextFollowUpOn,
            })
            .ToListAsync();
        var notes = db.JournalNotes.IgnoreQueryFilters([CaseWorkDbContext.ThroughApplicantFilter])
            .Where(n => n.ApplicantId == applicantId && db.Applicants.Any(a => a.Id == n.ApplicantId));
        var journal = await db.LoadPageAsync(notes, journalKind, journalBefore, CaseJournalQuery.ExcerptLength, CancellationToken.None);
        var referrals = new ApplicantReferrals(applicantId, db.CurrentUser.Scope.CanWritePlans, today, await ApplicantReferralsQuery.Listed(db, db.Referrals.AsNoTracking()
                .Where(r => r.ApplicantId == applicantId)
                .OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id))
            .Select(l => l.Referral)
            .ToListAsync());
        var summaries = plans.Select(p => new PlanSummary(
            p.Id, p.Status, p.StartedAt, p.Status == WorkPlanStatus.Active ? p.Newest : null, p.Number, p.NextFollowUpOn, PlanPeriod.Of(p.Draft ?? p.Newest)!)).ToList();
        var active = summaries.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);
        var facts = new ApplicantCaseFacts
        {
            Id = applicantId,
            AidMonthsInWindow = read.AidMonthsInWindow,
            ReceivingAid = read.ReceivingAid,
            ActivePlanContent = active?.ActiveContent,
            ActivePlanVersion = active?.VersionNumber,
            NextFollowUpOn = active?.NextFollowUpOn,
            HasSignedInvestigation = read.HasSignedInvestigation,
        };
        return new CaseFileView(read.View, summaries, journal, facts, referrals);
    }
}
