using CaseWork.Infrastructure.Retention;

namespace CaseWork.Web.Pages.Admin.Retention;

/// <summary>
/// What a dry run found, and whose files would go, page by page in the order they were registered, so the
/// administrator can check the dates before deleting. Every person shown is written to the audit log.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public class DryRunModel(CaseWorkDbContext db, RetentionCandidates candidates, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The dry run to summarise; the list itself is read as of now.</summary>
    [BindProperty(SupportsGet = true)]
    public long? Run { get; set; }

    /// <summary>Where the page starts: a <see cref="KeysetCursor"/> of the last person on the page before.</summary>
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public RetentionRun? Summary { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? NextAfter { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = RetentionToday.Of(clock);
        Summary = Run is { } id
            ? await db.RetentionRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id && r.DryRun, cancellationToken)
            : null;
        var after = KeysetCursor.Decode(After, 1) is [var field] && KeysetCursor.TryId(field, out var last) ? last : Guid.Empty;
        var due = await DueAfterAsync(after, cancellationToken);
        NextAfter = due.Count > PageSize ? KeysetCursor.Encode(KeysetCursor.Field(due[PageSize - 1].ApplicantId)) : null;
        Rows = due.Take(PageSize)
            .Select(c => new Row(
                c.ApplicantId,
                $"{c.LastName}, {c.FirstName}",
                PersonalIdentityNumber.FromStored(c.PersonalIdentityNumber).ToString(),
                c.Assessment,
                c.Assessment.IsOverdue(Today)))
            .ToList();
        foreach (var row in Rows)
        {
            audit.Add(AuditAction.RetentionListViewed, row.ApplicantId);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The next page and one more of due files. A file in use comes back from the search too and is skipped here, so a
    /// page may take another read; there are only ever few such files.
    /// </summary>
    private async Task<List<RetentionCandidate>> DueAfterAsync(Guid after, CancellationToken cancellationToken)
    {
        var due = new List<RetentionCandidate>();
        while (due.Count <= PageSize)
        {
            var batch = await candidates.ReadAsync(after, PageSize + 1, Today, leaveOutExempt: true, cancellationToken);
            due.AddRange(batch.Where(c => c.Assessment.Status == RetentionStatus.Due));
            if (batch.Count <= PageSize)
            {
                break;
            }

            after = batch[^1].ApplicantId;
        }

        return due;
    }

    public sealed record Row(Guid ApplicantId, string Name, string Pin, RetentionAssessment Assessment, bool IsOverdue);
}
