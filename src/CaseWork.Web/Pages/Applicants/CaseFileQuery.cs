using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The case page's reads, in the order the page makes them: the applicant with the recent aid months and the case's
/// aid and investigation facts, every plan, one page of the journal, and the Jobbtorg referrals: four round trips. The
/// case's facts (<see cref="ApplicantCaseFacts"/>) are those of <see cref="CaseQuery.CaseFacts"/>, taken from the first
/// two reads (the active plan is one of the plans read) rather than read again (issue 17). Kept apart from the page so
/// that the benchmarks run the very same queries.
/// </summary>
public static class CaseFileQuery
{
    public const int MonthsShown = 24;

    public static async Task<CaseFileView> LoadAsync(
        CaseWorkDbContext db, Guid applicantId, JournalNoteKind? journalKind, string? journalBefore, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var recent = LongTermAidRule.PaidBetween(LongTermAidRule.ReceivingAidFrom(today), to);
        var shownFrom = to.AddMonths(-(MonthsShown - 1));
        var userId = db.CurrentUser.UserId;

        // The scope is the applicant's filter; the investigation is read by the applicant's id (as in CaseQuery.CaseFacts).
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
            .SingleAsync(cancellationToken);

        // The scope once, on the plans' applicant; the versions are read by their plan without it again.
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
            .ToListAsync(cancellationToken);
        var journal = await db.LoadPageAsync(applicantId, journalKind, journalBefore, cancellationToken);
        var referrals = await ApplicantReferralsQuery.LoadAsync(db, applicantId, today, cancellationToken);
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

public sealed record CaseFileView(
    ApplicantView Applicant, List<PlanSummary> Plans, JournalPage Journal, ApplicantCaseFacts Facts, ApplicantReferrals Referrals)
{
    public PlanSummary? ActivePlan => Plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);
}

/// <param name="Period">The period of the draft or the newest version, by which the plan is named (<see cref="PlanName"/>).</param>
public sealed record PlanSummary(
    Guid Id, WorkPlanStatus Status, DateTimeOffset StartedAt, PlanContent? ActiveContent, int? VersionNumber, DateOnly? NextFollowUpOn, PlanPeriod Period);

public sealed record ApplicantView(
    Guid Id,
    string PinDigits,
    ApplicantDetails Details,
    bool ContactVisible,
    string District,
    string Unit,
    string? AssignedWorker,
    DateTimeOffset RegisteredAt,
    List<AidMonthView> RecentMonths)
{
    public string Pin => PersonalIdentityNumber.FromStored(PinDigits).ToString();

    public string Name => ApplicantDisplayName.Of(Details.FirstName, Details.LastName);
}

public sealed record AidMonthView(DateOnly Month, AidDecision Decision);
