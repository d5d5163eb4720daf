namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// A page showing the cases of one review, <c>{reviewId}</c> in the route (the review and its print): the header the
/// <see cref="ReviewGate"/> opened, the cases shown a page (or part) at a time by key in name order, and the day their
/// facts are as of.
/// </summary>
public abstract class ReviewPageModel : PageModel
{
    [FromRoute]
    public Guid ReviewId { get; set; }

    public ReviewHeader Review { get; protected set; } = null!;

    public List<CaseRow> Rows { get; protected set; } = [];

    /// <summary>
    /// 1-based number of the page or part shown ("p": Razor Pages keeps "page" for itself): a label carried beside the
    /// cursor, which alone says which cases it holds; without a cursor it is the first.
    /// </summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Where the page starts: the keyset cursor of the last case of the page before (name order).</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    /// <summary>Where the page ends: the keyset cursor of the first case of the page after, when going back.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public string? NextCursor { get; protected set; }

    public string? PreviousCursor { get; protected set; }

    public abstract int PageCount { get; }

    /// <summary>Where the page starts or ends (name order), from <see cref="After"/> or <see cref="Before"/>.</summary>
    protected KeysetPosition<ApplicantListCursor> Position => KeysetPosition.Read(After, Before, c => ApplicantListCursor.Decode(c, ApplicantSort.Name));

    /// <summary>The page number kept within the review's pages once the header is known; 1 without a cursor.</summary>
    protected void KeepPageNumberInRange() => PageNumber = Position.PageLabel(PageNumber, PageCount);

    public abstract DateOnly Today { get; }

    /// <summary>The signing day of a signed review, whose facts are as kept then; today for an ongoing one.</summary>
    public DateOnly FactsDay => Review.FactsDay(Today);

    /// <summary>
    /// The cases shown are reads of their files, as part of the review: one audit row for the page shown, naming every
    /// case on it (not a row per case), saved at once. A case no longer in the unit shows nothing of the file.
    /// </summary>
    protected static Task RecordShownAsync(AuditLog audit, IEnumerable<CaseRow> rows, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(rows);
        return audit.WriteShownAsync(
            AuditAction.CaseReviewViewed, detail, rows.Where(r => r.ApplicantName is not null).Select(r => r.ApplicantId), ReadPurpose.Review, cancellationToken);
    }
}
