namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The whole review on A4: every case with its facts, decision and actions, and the signature.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class PrintModel(CaseWorkDbContext db, ReviewGate gate, ReviewCasesQuery cases, AuditLog audit, ReadPurposes purposes, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ReviewId { get; set; }

    public ReviewHeader Review { get; private set; } = null!;

    public List<CaseRow> Rows { get; private set; } = [];

    public DateOnly Today => clock.Today();

    public DateOnly FactsDay => Review.FactsDay(Today);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: false, "print", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Review = header!;
        Rows = await cases.LoadAsync(Review, page: null, undecidedOnly: false, Today, cancellationToken);
        foreach (var row in Rows.Where(r => r.ApplicantName is not null))
        {
            purposes.Set(row.ApplicantId, ReadPurpose.Review);
            audit.Add(AuditAction.ApplicantViewed, row.ApplicantId, $"case review {ReviewId} print");
        }

        await db.SaveChangesAsync(cancellationToken);
        return Page();
    }
}
