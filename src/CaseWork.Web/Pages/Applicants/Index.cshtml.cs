using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Auditing;
using CaseWork.Domain.People;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>The register: 50 a page, keyset-paged in (last name, first name, id) order, one query a page.</summary>
public class IndexModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LongTerm { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    public bool CanCreate => db.CurrentUser.Scope.CanWriteCases;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var userId = db.CurrentUser.UserId;

        var query = ApplicantSearch.Apply(db.Applicants.AsNoTracking(), Query, today);
        if (Mine)
        {
            query = query.Where(a => a.AssignedWorkerId == userId);
        }

        if (LongTerm)
        {
            query = query.Where(a => a.AidMonths.AsQueryable().Count(paid)
                >= LongTermAidRule.ThresholdMonths);
        }

        var after = ApplicantListCursor.Decode(After);
        var before = after is null ? ApplicantListCursor.Decode(Before) : null;
        if (after is not null)
        {
            query = query.Where(a => EF.Functions.GreaterThan(
                ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(after.LastName, after.FirstName, after.Id)));
        }
        else if (before is not null)
        {
            query = query.Where(a => EF.Functions.LessThan(
                ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(before.LastName, before.FirstName, before.Id)));
        }

        var ordered = before is null
            ? query.OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.LastName).ThenByDescending(a => a.FirstName).ThenByDescending(a => a.Id);

        var rows = await ordered
            .Take(PageSize + 1)
            .Select(a => new Row(
                a.Id,
                a.PersonalIdentityNumber,
                a.FirstName,
                a.LastName,
                a.Reason,
                a.HasProtectedIdentity,
                db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > PageSize;
        rows = rows.Take(PageSize).ToList();
        if (before is not null)
        {
            rows.Reverse();
        }

        Rows = await WithCaseFactsAsync(rows, today, paid, cancellationToken);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // The term itself may be a personnummer, so the trail keeps only that a search was made and what it showed.
            await audit.WriteAsync(AuditAction.ApplicantListSearched, null, $"{rows.Count} shown; mine={Mine}; longTerm={LongTerm}", cancellationToken);
        }

        if (rows.Count > 0)
        {
            var first = rows[0];
            var last = rows[^1];
            var movingBack = before is not null;
            NextCursor = (movingBack || hasMore) ? new ApplicantListCursor(last.LastName, last.FirstName, last.Id).Encode() : null;
            PreviousCursor = (movingBack ? hasMore : after is not null) ? new ApplicantListCursor(first.LastName, first.FirstName, first.Id).Encode() : null;
        }
    }

    /// <summary>
    /// Aid months, plan and investigation for the page's rows, in one more query keyed by their ids: computed for
    /// 50 rows, not for every row a search matches before it is sorted.
    /// </summary>
    private async Task<List<Row>> WithCaseFactsAsync(
        List<Row> rows, DateOnly today, System.Linq.Expressions.Expression<Func<AidMonth, bool>> paid, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var recent = LongTermAidRule.PaidBetween(LongTermAidRule.ReceivingAidFrom(today), LongTermAidRule.WindowEndingIn(today).To);
        var ids = rows.Select(r => r.Id).ToList();
        var facts = await db.Applicants.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                AidMonths = a.AidMonths.AsQueryable().Count(paid),
                ReceivingAid = a.AidMonths.AsQueryable().Any(recent),
                Plan = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .Select(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault())
                    .FirstOrDefault(),
                NextFollowUpOn = db.WorkPlans.Where(p => p.ApplicantId == a.Id && p.Status == WorkPlanStatus.Active)
                    .Select(p => p.NextFollowUpOn).FirstOrDefault(),
                Signed = db.BasicInvestigations.Any(i => i.ApplicantId == a.Id && i.SignedAt != null),
            })
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        return rows.Select(r => facts.TryGetValue(r.Id, out var f)
            ? r with { AidMonthsInWindow = f.AidMonths, Signals = quality.Evaluate(f.Plan, f.NextFollowUpOn, new PlanSituation(today, f.ReceivingAid, f.Signed)) }
            : r).ToList();
    }

    public sealed record Row(
        Guid Id,
        string PinDigits,
        string FirstName,
        string LastName,
        AidReason Reason,
        bool HasProtectedIdentity,
        string? AssignedWorker)
    {
        public int AidMonthsInWindow { get; init; }

        public IReadOnlyList<PlanQualitySignal> Signals { get; init; } = [];

        public string Pin => PersonalIdentityNumber.FromStored(PinDigits).ToString();

        public bool IsLongTerm => AidMonthsInWindow >= LongTermAidRule.ThresholdMonths;
    }
}
