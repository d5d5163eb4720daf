using CaseWork.Domain.Access;

namespace CaseWork.Domain.Auditing;

/// <summary>
/// An area an access-log entry belongs to, fixed when the entry is written: the district and unit of the applicant
/// it names and those of the user who made it (one row per distinct area). The database writes these rows itself
/// (a trigger on the log), so that every writer, bulk loads included, fills them; the log check reads its area's
/// entries from them in time order through one index, rather than joining every entry to applicants and users.
/// </summary>
public class AuditEntryArea
{
    private AuditEntryArea()
    {
    }

    public long AuditEntryId { get; private set; }

    /// <summary>The entry's time, repeated so that the area's index is in the order the check pages through.</summary>
    public DateTimeOffset OccurredAt { get; private set; }

    public AuditAreaKind Kind { get; private set; }

    /// <summary>The district's or the unit's id, by <see cref="Kind"/>.</summary>
    public int AreaId { get; private set; }

    /// <summary>
    /// The entry may be flagged by what it is itself, whoever the applicant is now: a refusal, a read with a stated
    /// reason, or a read of one applicant without a purpose (flagged unless the reader is the assigned worker). Fixed
    /// when it is written (the log is append-only), so that the flagged-only search reads the area's few candidates
    /// through a partial index instead of testing every entry of the period (AccessLogQuery, docs/performance.md).
    /// </summary>
    public bool FlagCandidate { get; private set; }

    /// <summary>
    /// The entry's action, copied when it is written (the log is append-only, so it never differs from the entry's):
    /// with <see cref="Purpose"/>, <see cref="UserId"/> and <see cref="ApplicantId"/> it is all the log check's count
    /// and keyset page filter on, so that they read the area's key alone and only a page's rows join the entries
    /// (AccessLogQuery, docs/performance.md, migration LogCheckAreaColumns).
    /// </summary>
    public AuditAction Action { get; private set; }

    /// <summary>The entry's read purpose, copied when it is written (see <see cref="Action"/>).</summary>
    public ReadPurpose? Purpose { get; private set; }

    /// <summary>The user the entry names, copied when it is written (see <see cref="Action"/>).</summary>
    public string? UserId { get; private set; }

    /// <summary>
    /// The applicant the entry names, copied when it is written (see <see cref="Action"/>). Only the id: what the
    /// check needs of the applicant (assigned worker, protected identity, still on record) is the register's now.
    /// </summary>
    public Guid? ApplicantId { get; private set; }
}

public enum AuditAreaKind : short
{
    District = 0,
    Unit = 1,
}
