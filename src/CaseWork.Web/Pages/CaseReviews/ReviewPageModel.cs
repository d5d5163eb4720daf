namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>
/// A page showing the cases of one review, <c>{reviewId}</c> in the route (the review and its print): the header the
/// <see cref="ReviewGate"/> opened, the cases shown, and the day their facts are as of.
/// </summary>
public abstract class ReviewPageModel : PageModel
{
    [FromRoute]
    public Guid ReviewId { get; set; }

    public ReviewHeader Review { get; protected set; } = null!;

    public List<CaseRow> Rows { get; protected set; } = [];

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
