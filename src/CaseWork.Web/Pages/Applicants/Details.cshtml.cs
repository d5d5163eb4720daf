using CaseWork.Web.Pages.Journal;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>The case page; its reads are <see cref="CaseFileQuery"/>.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : ApplicantPageModel
{
    public const int MonthsShown = CaseFileQuery.MonthsShown;

    /// <summary>Filters the journal by kind (GET, so the filtered page can be bookmarked).</summary>
    [BindProperty(SupportsGet = true)]
    public JournalNoteKind? JournalKind { get; set; }

    /// <summary>Where the shown page of the journal starts (keyset).</summary>
    [BindProperty(SupportsGet = true)]
    public string? JournalBefore { get; set; }

    public JournalPage Journal { get; private set; } = null!;

    public ApplicantView Applicant { get; private set; } = null!;

    public ApplicantCaseFacts Facts { get; private set; } = null!;

    public bool CanEdit => db.CurrentUser.Scope.CanWriteCases;

    public bool CanWritePlans => db.CurrentUser.Scope.CanWritePlans;

    /// <summary>Every plan of the applicant: the active one first, then a draft, then closed ones, newest first.</summary>
    public List<PlanSummary> Plans { get; private set; } = [];

    public PlanSummary? ActivePlan => Plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);

    public IReadOnlyList<PlanQualitySignal> Signals { get; private set; } = [];

    public Referrals.ApplicantReferrals JobbtorgReferrals { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        // ApplicantScopeFilter has answered 404 (and logged it) for an applicant out of reach; the read applies the scope again.
        if (await CaseFileQuery.LoadAsync(db, ApplicantId, JournalKind, JournalBefore, today, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        Applicant = file.Applicant;
        Facts = file.Facts;
        Plans = file.Plans;
        Journal = file.Journal;
        JobbtorgReferrals = file.Referrals;
        Signals = file.Facts.Signals(quality, today);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, cancellationToken: cancellationToken);
        return Page();
    }
}
