namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The whole review on A4: every case with its facts, decision and actions, and the signature.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class PrintModel(CaseWorkDbContext db, ReviewGate gate, ReviewCasesQuery cases, AuditLog audit, ReadPurposes purposes, TimeProvider clock) : ReviewPageModel
{
    public override DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: false, "print", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Review = header!;
        Rows = await cases.LoadAsync(Review, page: null, undecidedOnly: false, Today, cancellationToken);
        await RecordReadsAsync(db, audit, purposes, $"case review {ReviewId} print", cancellationToken);
        return Page();
    }
}
