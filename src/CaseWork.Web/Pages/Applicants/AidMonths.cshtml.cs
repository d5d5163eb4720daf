using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The aid months: every recorded month's decision, and the correction of a month recorded wrongly. A month's
/// decision is recorded by its monthly check (ADR 0018); this page records no new month.
/// </summary>
[Authorize(Policy = Policies.WriteCases)]
public class AidMonthsModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<AidMonthInput> validator) : ApplicantPageModel
{
    [BindProperty]
    public AidMonthInput Input { get; set; } = new();

    public List<(DateOnly Month, AidDecision Decision)> Recorded { get; private set; } = [];

    /// <summary>The month to correct, from the list's "Rätta" link.</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? RequestedMonth { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var today = Today;
        Input.Month = FormValues.Month(RequestedMonth) is { } requested
            ? FormValues.FormatMonth(requested)
            : new DateOnly(today.Year, today.Month, 1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
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
        if (!this.DomainAccepts(() => applicant.CorrectAidMonth(month.Year, month.Month, decision, today), localizer, ApplicantRuleFields.FieldFor))
        {
            return await RedrawAsync(cancellationToken);
        }

        audit.Add(AuditAction.AidMonthRecorded, ApplicantId, $"{Input.Month}: {decision} (corrected)");
        try
        {
            return await this.SaveFormAsync(
                () => db.SaveChangesAsync(cancellationToken),
                localizer["The decision for {0} has been corrected.", month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)],
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
