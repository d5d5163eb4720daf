using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Auditing;

/// <summary>
/// Writes who did what to which case file, when, and why (the read's purpose and any stated reason). Entries name
/// the applicant by id only, never by personnummer.
/// </summary>
public sealed class AuditLog(CaseWorkDbContext db, TimeProvider clock, ReadPurposes purposes)
{
    /// <summary>The columns <see cref="WriteAsync"/> writes: every column of the entry but its generated id (a test holds them to the model).</summary>
    internal static readonly string[] Columns =
        ["occurred_at", "user_id", "user_name", "action", "applicant_id", "detail", "purpose", "reason", "reason_text", "shown_applicant_ids"];

    private static readonly string InsertSql =
        $"INSERT INTO audit_entries ({string.Join(", ", Columns)}) VALUES ({string.Join(", ", Columns.Select(c => "@" + c))})";

    /// <summary>Adds an entry that is saved together with the change it describes.</summary>
    public void Add(AuditAction action, Guid? applicantId, string? detail = null) => db.AuditEntries.Add(Entry(action, applicantId, detail, null));

    /// <summary>
    /// Records a read (or a refusal) at once: one plain <c>INSERT</c>, as the change tracker has nothing to keep of it
    /// (issue 17: no <c>RETURNING</c>, no tracked entry); the area rows' trigger fires on it as on any insert. Should the
    /// context hold unsaved changes, the entry is saved with them instead, as it always was.
    /// </summary>
    public Task WriteAsync(AuditAction action, Guid? applicantId, string? detail = null, CancellationToken cancellationToken = default) =>
        WriteAsync(Entry(action, applicantId, detail, null), cancellationToken);

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
        await WriteAsync(Entry(action, null, detail, [.. shownApplicantIds], purpose), cancellationToken);
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

    private AuditEntry Entry(AuditAction action, Guid? applicantId, string? detail, IReadOnlyCollection<Guid>? shown, ReadPurpose? listPurpose = null)
    {
        var user = db.CurrentUser;
        var decision = purposes.For(applicantId);
        var purpose = action == AuditAction.AccessDenied ? ReadPurpose.Refused : decision?.Purpose ?? listPurpose;
        var reason = purpose == ReadPurpose.StatedReason ? decision?.Reason : null;
        return new AuditEntry(clock.GetUtcNow(), user.UserId, user.UserName, action, applicantId, detail, purpose, reason, shown);
    }

    private async Task WriteAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        if (db.ChangeTracker.HasChanges())
        {
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        // The values as EF Core would write them: enums by name (ConfigureConventions), the time in UTC.
        object[] parameters =
        [
            new NpgsqlParameter("occurred_at", NpgsqlDbType.TimestampTz) { Value = entry.OccurredAt },
            new NpgsqlParameter("user_id", NpgsqlDbType.Varchar) { Value = (object?)entry.UserId ?? DBNull.Value },
            new NpgsqlParameter("user_name", NpgsqlDbType.Varchar) { Value = entry.UserName },
            new NpgsqlParameter("action", NpgsqlDbType.Varchar) { Value = entry.Action.ToString() },
            new NpgsqlParameter("applicant_id", NpgsqlDbType.Uuid) { Value = (object?)entry.ApplicantId ?? DBNull.Value },
            new NpgsqlParameter("detail", NpgsqlDbType.Varchar) { Value = (object?)entry.Detail ?? DBNull.Value },
            new NpgsqlParameter("purpose", NpgsqlDbType.Varchar) { Value = (object?)entry.Purpose?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("reason", NpgsqlDbType.Varchar) { Value = (object?)entry.Reason?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("reason_text", NpgsqlDbType.Varchar) { Value = (object?)entry.ReasonText ?? DBNull.Value },
            new NpgsqlParameter("shown_applicant_ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = (object?)entry.ShownApplicantIds ?? DBNull.Value },
        ];
        await db.Database.ExecuteSqlRawAsync(InsertSql, parameters, cancellationToken);
    }
}
