using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The case page's reads, in the order the page makes them: the applicant with the recent aid months, every plan, one
/// page of the journal, the case's facts (<see cref="CaseQuery.CaseFacts"/>), and the Jobbtorg referrals. Kept apart from the page so
/// that the benchmarks run the very same queries.
/// </summary>
public static class CaseFileQuery
{
    public const int MonthsShown = 24;

    public static async Task<CaseFileView> LoadAsync(
        CaseWorkDbContext db, Guid applicantId, JournalNoteKind? journalKind, string? journalBefore, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var shownFrom = LongTermAidRule.WindowEndingIn(today).To.AddMonths(-(MonthsShown - 1));
        var userId = db.CurrentUser.UserId;

        var applicant = await db.Applicants.AsNoTracking()
            .Where(a => a.Id == applicantId)
            .Select(a => new ApplicantView(
                a.Id,
                a.PersonalIdentityNumber,
                a.Details,
                Applicant.ContactVisible(a.HasProtectedIdentity, a.AssignedWorkerId, userId),
                db.Districts.Where(d => d.Id == a.DistrictId).Select(d => d.Name).Single(),
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).Single(),
                db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.DisplayName).SingleOrDefault(),
                a.RegisteredAt,
                a.AidMonths.Where(m => m.Month >= shownFrom).OrderByDescending(m => m.Month)
                    .Select(m => new AidMonthView(m.Month, m.Decision)).ToList()))
            .SingleAsync(cancellationToken);

        var plans = await db.WorkPlans.AsNoTracking()
            .Where(p => p.ApplicantId == applicantId)
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
        var facts = await db.CaseFacts(db.Applicants.AsNoTracking().Where(a => a.Id == applicantId), today).SingleAsync(cancellationToken);
        var referrals = await ApplicantReferralsQuery.LoadAsync(db, applicantId, today, cancellationToken);
        var summaries = plans.Select(p => new PlanSummary(
            p.Id, p.Status, p.StartedAt, p.Status == WorkPlanStatus.Active ? p.Newest : null, p.Number, p.NextFollowUpOn, PlanPeriod.Of(p.Draft ?? p.Newest)!)).ToList();
        return new CaseFileView(applicant, summaries, journal, facts, referrals);
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
