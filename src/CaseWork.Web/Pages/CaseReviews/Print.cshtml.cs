using System.Runtime.CompilerServices;

namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// The review on A4: its cases with their facts, decisions and actions, and the signature lines; a part of
/// <see cref="PageSize"/> cases at a time ("p"), or the whole review ("Skriv ut alla", <see cref="All"/>) streamed part by
/// part, so that no print holds every case, or its page, in memory. Each part shown is one audit row naming its cases.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class PrintModel(ReviewGate gate, ReviewCasesQuery cases, AuditLog audit, TimeProvider clock) : ReviewPageModel
{
    /// <summary>Cases a printed part holds: a whole caseload of a worker (60–80 cases) is one part.</summary>
    public const int PageSize = 200;

    /// <summary>Every case of the review, streamed a part at a time.</summary>
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    public override int PageCount => Math.Max(1, (int)Math.Ceiling(Review.Cases / (double)PageSize));

    public override DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (header, refusal) = await gate.OpenAsync(User, ReviewId, toRun: false, "print", cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Review = header!;
        KeepPageNumberInRange();
        if (!All)
        {
            // Read before the page is written: the links to the parts beside it are the part's own cursors.
            (Rows, NextCursor, PreviousCursor) = await cases.LoadAsync(Review, Position, undecidedOnly: false, Today, cancellationToken, PageSize);
        }

        return Page();
    }

    /// <summary>
    /// The parts the page prints, read (and audited) as the page is written: the one part asked for, or every part in
    /// the list's order. The view sends each part to the browser before the next is read.
    /// </summary>
    public async IAsyncEnumerable<List<CaseRow>> PartsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (!All)
        {
            await RecordShownAsync(audit, Rows, $"case review {ReviewId} print, part {PageNumber} of {PageCount}", cancellationToken);
            yield return Rows;
            yield break;
        }

        var part = 0;
        foreach (var entryIds in (await cases.EntryIdsInListOrderAsync(ReviewId, cancellationToken)).Chunk(PageSize))
        {
            part++;
            var rows = await cases.LoadAsync(Review, entryIds, Today, cancellationToken);
            await RecordShownAsync(audit, rows, $"case review {ReviewId} print of all, part {part} of {PageCount}", cancellationToken);
            yield return rows;
        }
    }
}
