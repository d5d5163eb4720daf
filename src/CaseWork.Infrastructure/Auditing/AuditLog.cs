namespace CaseWork.Infrastructure.Auditing;

/// <summary>
/// Writes who did what to which case file, when, and why (the read's purpose and any stated reason). Entries name
/// the applicant by id only, never by personnummer.
/// </summary>
public sealed class AuditLog(CaseWorkDbContext db, TimeProvider clock, ReadPurposes purposes)
{
    /// <summary>Adds an entry that is saved together with the change it describes.</summary>
    public void Add(AuditAction action, Guid? applicantId, string? detail = null) => Add(action, applicantId, detail, null);

    /// <summary>Records a read (or a refusal) at once.</summary>
    public async Task WriteAsync(AuditAction action, Guid? applicantId, string? detail = null, CancellationToken cancellationToken = default)
    {
        Add(action, applicantId, detail);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Records at once that a list showed these people by name: one entry for the page view, holding their ids, so
    /// that a log check of one person finds every list that showed them.
    /// </summary>
    public Task WriteShownAsync(AuditAction action, string? detail, IEnumerable<Guid> shownApplicantIds, CancellationToken cancellationToken = default) =>
        WriteShownAsync(action, detail, shownApplicantIds, null, cancellationToken);

    /// <summary>The same, for a list whose every person is read for one purpose (a page of a case review).</summary>
    public async Task WriteShownAsync(AuditAction action, string? detail, IEnumerable<Guid> shownApplicantIds, ReadPurpose? purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shownApplicantIds);
        Add(action, null, detail, [.. shownApplicantIds], purpose);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The reason the user stated for this applicant a short while ago (<see cref="StatedReason.HeldFor"/>), read back
    /// from the log itself, so that every instance of the app sees it.
    /// </summary>
    public async Task<StatedReason?> HeldReasonAsync(string userId, Guid applicantId, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow() - StatedReason.HeldFor;
        var held = await db.AuditEntries.AsNoTracking()
            .Where(e => e.UserId == userId && e.OccurredAt >= since && e.ApplicantId == applicantId
                && e.Action == AuditAction.ReadReasonStated && e.Reason != null)
            .OrderByDescending(e => e.OccurredAt)
            .Select(e => new { Reason = e.Reason!.Value, e.ReasonText })
            .FirstOrDefaultAsync(cancellationToken);
        return held is null ? null : StatedReason.FromRecord(held.Reason, held.ReasonText);
    }

    private void Add(AuditAction action, Guid? applicantId, string? detail, IReadOnlyCollection<Guid>? shown, ReadPurpose? listPurpose = null)
    {
        var user = db.CurrentUser;
        var decision = purposes.For(applicantId);
        var purpose = action == AuditAction.AccessDenied ? ReadPurpose.Refused : decision?.Purpose ?? listPurpose;
        var reason = purpose == ReadPurpose.StatedReason ? decision?.Reason : null;
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), user.UserId, user.UserName, action, applicantId, detail, purpose, reason, shown));
    }
}
