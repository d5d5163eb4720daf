using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Domain.People;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.WorkPlans;
using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Pages.Applicants;

public class DetailsModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : PageModel
{
    public const int MonthsShown = 24;

    [BindProperty(SupportsGet = true)]
    public Guid ApplicantId { get; set; }

    /// <summary>Filters the journal by kind (GET, so the filtered page can be bookmarked).</summary>
    [BindProperty(SupportsGet = true)]
    public JournalNoteKind? JournalKind { get; set; }

    /// <summary>Where the shown page of the journal starts (keyset).</summary>
    [BindProperty(SupportsGet = true)]
    public string? JournalBefore { get; set; }

    public JournalPage Journal { get; private set; } = null!;

    public ApplicantView Applicant { get; private set; } = null!;

    public bool CanEdit => db.CurrentUser.Scope.CanWriteCases;

    public bool CanWritePlans => db.CurrentUser.Scope.CanWritePlans;

    /// <summary>Every plan of the applicant: the active one first, then a draft, then closed ones, newest first.</summary>
    public List<PlanSummary> Plans { get; private set; } = [];

    public PlanSummary? ActivePlan => Plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);

    public IReadOnlyList<PlanQualitySignal> Signals { get; private set; } = [];

    public Referrals.ApplicantReferrals JobbtorgReferrals { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var shownFrom = to.AddMonths(-(MonthsShown - 1));
        var userId = db.CurrentUser.UserId;

        Applicant = await db.Applicants.AsNoTracking()
            .Where(a => a.Id == ApplicantId)
            .Select(a => new ApplicantView(
                a.Id,
                a.PersonalIdentityNumber,
                a.FirstName,
                a.LastName,
                !a.HasProtectedIdentity || a.AssignedWorkerId == userId,
                a.Email,
                a.Phone,
                a.StreetAddress,
                a.PostalCode,
                a.City,
                a.Household,
                a.NumberOfChildren,
                a.Reason,
                a.HasProtectedIdentity,
                db.Districts.Where(d => d.Id == a.DistrictId).Select(d => d.Name).Single(),
                db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).Single(),
                db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.DisplayName).SingleOrDefault(),
                a.RegisteredAt,
                a.AidMonths.AsQueryable().Count(paid),
                a.AidMonths.Where(m => m.Month >= shownFrom).OrderByDescending(m => m.Month)
                    .Select(m => new AidMonthView(m.Month, m.Decision)).ToList()))
            .SingleAsync(cancellationToken);

        Plans = await db.WorkPlans.AsNoTracking()
            .Where(p => p.ApplicantId == ApplicantId)
            .OrderBy(p => p.Status == WorkPlanStatus.Active ? 0 : p.Status == WorkPlanStatus.Draft ? 1 : 2)
            .ThenByDescending(p => p.StartedAt)
            .Select(p => new PlanSummary(
                p.Id,
                p.Status,
                p.StartedAt,
                p.Status == WorkPlanStatus.Active ? p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault() : null,
                p.Versions.Max(v => (int?)v.Number),
                p.NextFollowUpOn))
            .ToListAsync(cancellationToken);
        Journal = await db.LoadPageAsync(ApplicantId, JournalKind, JournalBefore, cancellationToken);
        var hasSignedInvestigation = await db.HasSignedInvestigationAsync(ApplicantId, cancellationToken);
        var receivingAidFrom = LongTermAidRule.ReceivingAidFrom(today);
        var receivingAid = Applicant.RecentMonths.Any(m => m.Month >= receivingAidFrom && LongTermAidRule.CountsAsAid(m.Decision));
        Signals = quality.Evaluate(ActivePlan?.ActiveContent, ActivePlan?.NextFollowUpOn, new PlanSituation(today, receivingAid, hasSignedInvestigation));

        JobbtorgReferrals = await CaseWork.Web.Pages.Referrals.ApplicantReferrals.LoadAsync(db, ApplicantId, today, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, cancellationToken: cancellationToken);
        return Page();
    }

    public sealed record PlanSummary(Guid Id, WorkPlanStatus Status, DateTimeOffset StartedAt, PlanContent? ActiveContent, int? VersionNumber, DateOnly? NextFollowUpOn);

    public sealed record ApplicantView(
        Guid Id,
        string PinDigits,
        string FirstName,
        string LastName,
        bool ContactVisible,
        string? Email,
        string? Phone,
        string? StreetAddress,
        string? PostalCode,
        string? City,
        HouseholdType Household,
        int NumberOfChildren,
        AidReason Reason,
        bool HasProtectedIdentity,
        string District,
        string Unit,
        string? AssignedWorker,
        DateTimeOffset RegisteredAt,
        int AidMonthsInWindow,
        List<AidMonthView> RecentMonths)
    {
        public string Pin => PersonalIdentityNumber.FromStored(PinDigits).ToString();

        public bool IsLongTerm => AidMonthsInWindow >= LongTermAidRule.ThresholdMonths;
    }

    public sealed record AidMonthView(DateOnly Month, AidDecision Decision);
}
