using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>Records the month's decision on the aid application (granted, reduced, refused).</summary>
[Authorize(Policy = Policies.WriteCases)]
public class AidMonthsModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<AidMonthInput> validator) : ApplicantPageModel
{
    [BindProperty]
    public AidMonthInput Input { get; set; } = new();

    public List<(DateOnly Month, AidDecision Decision)> Recorded { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        Input.Month = new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        await LoadAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "aid months", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return await RedrawAsync(cancellationToken);
        }

        var (month, decision) = Input.ToDecision();

        var applicant = await db.Applicants.Include(a => a.AidMonths).SingleAsync(a => a.Id == ApplicantId, cancellationToken);
        if (!this.DomainAccepts(() => applicant.RecordAidMonth(month.Year, month.Month, decision, today), localizer, ApplicantRuleFields.FieldFor))
        {
            return await RedrawAsync(cancellationToken);
        }

        audit.Add(AuditAction.AidMonthRecorded, ApplicantId, $"{Input.Month}: {decision}");
        try
        {
            return await this.SaveFormAsync(
                () => db.SaveChangesAsync(cancellationToken),
                localizer["The decision for {0} has been saved.", month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)],
                () => RedirectToPage(new { applicantId = ApplicantId }));
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(AidMonthConfiguration.OneDecisionPerMonthIndex))
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.Month", localizer["A colleague recorded this month at the same moment. Check the list and save again to correct it."]);
            return await RedrawAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> RedrawAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Page();
    }

    private DateOnly Today => clock.Today();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var data = await db.Applicants.AsNoTracking()
            .Where(a => a.Id == ApplicantId)
            .Select(a => new
            {
                Name = ApplicantDisplayName.Of(a.FirstName, a.LastName),
                Months = a.AidMonths.OrderByDescending(m => m.Month).Take(36).Select(m => new { m.Month, m.Decision }).ToList(),
            })
            .SingleAsync(cancellationToken);
        ApplicantName = data.Name;
        Recorded = data.Months.Select(m => (m.Month, m.Decision)).ToList();
    }
}
