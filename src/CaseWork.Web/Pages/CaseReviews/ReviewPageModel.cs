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

    /// <summary>Every case shown is a read of its file, as part of the review: its purpose and an audit row each, saved at once.</summary>
    protected async Task RecordReadsAsync(CaseWorkDbContext db, AuditLog audit, ReadPurposes purposes, string detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(audit);
        ArgumentNullException.ThrowIfNull(purposes);
        foreach (var row in Rows.Where(r => r.ApplicantName is not null))
        {
            purposes.Set(row.ApplicantId, ReadPurpose.Review);
            audit.Add(AuditAction.ApplicantViewed, row.ApplicantId, detail);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
