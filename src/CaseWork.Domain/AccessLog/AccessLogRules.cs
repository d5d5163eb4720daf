using CaseWork.Domain.Access;
using CaseWork.Domain.Auditing;

namespace CaseWork.Domain.AccessLog;

/// <summary>What kind of access an entry of the access log records, for searching the log.</summary>
public enum AccessKind
{
    /// <summary>Opened a case file or a list naming people.</summary>
    Read,

    /// <summary>Wrote to a case file.</summary>
    Change,

    /// <summary>Searched the applicant register.</summary>
    Search,

    /// <summary>Asked for a case file outside the user's scope, and was refused.</summary>
    Refused,

    /// <summary>Users, organisation, settings, targets and the log checks themselves.</summary>
    Administration,
}

/// <summary>Why a log checker should look at an entry.</summary>
[Flags]
public enum AccessAlerts
{
    None = 0,

    /// <summary>
    /// A read of an applicant whom the reader is not the assigned social worker of, logged without a purpose: before
    /// reads had one, and an administrator's record extract.
    /// </summary>
    OutsideCaseload = 1,

    /// <summary>A read or change of an applicant with protected identity (skyddad identitet).</summary>
    ProtectedIdentity = 2,

    /// <summary>A refused access.</summary>
    Refused = 4,

    /// <summary>A read outside the reader's own work, with the reason they stated (aktivt val).</summary>
    StatedReason = 8,
}

/// <summary>
/// The rules of the access-log check (loggkontroll): which kind of access each entry is, and which entries are
/// flagged for the checker. The search applies the same rules in SQL through <see cref="ActionsOf"/>.
/// </summary>
public static class AccessLogRules
{
    public static AccessKind KindOf(AuditAction action) => action switch
    {
        AuditAction.ApplicantViewed or AuditAction.ReferralListViewed or AuditAction.IndicatorCasesViewed or AuditAction.CaseReviewOpened
            or AuditAction.RecordExtractProduced or AuditAction.RetentionListViewed or AuditAction.ReadReasonStated
            or AuditAction.DueListViewed or AuditAction.CaseReviewViewed => AccessKind.Read,
        AuditAction.ApplicantListSearched => AccessKind.Search,
        AuditAction.AccessDenied => AccessKind.Refused,
        AuditAction.UserCreated or AuditAction.UserUpdated or AuditAction.UserDeactivated or AuditAction.OrganisationChanged
            or AuditAction.JobbtorgSettingsChanged or AuditAction.IndicatorTargetsChanged or AuditAction.AccessLogSearched
            or AuditAction.AccessLogExported or AuditAction.AccessLogChecked or AuditAction.RetentionRun => AccessKind.Administration,
        _ => AccessKind.Change,
    };

    public static IReadOnlyList<AuditAction> ActionsOf(AccessKind kind) => [.. Enum.GetValues<AuditAction>().Where(a => KindOf(a) == kind)];

    /// <summary>
    /// The reads that can fall outside a caseload: those naming one applicant. A record extract is a read of the whole
    /// file by an administrator, who is nobody's assigned worker, so it is always flagged for the checker to see.
    /// </summary>
    public static IReadOnlyList<AuditAction> ReadsOfOneApplicant { get; } = [AuditAction.ApplicantViewed, AuditAction.RecordExtractProduced];

    /// <summary>Accesses to the case file itself, which matter for a protected identity.</summary>
    public static IReadOnlyList<AuditAction> FileAccesses { get; } = [.. ActionsOf(AccessKind.Read), .. ActionsOf(AccessKind.Change)];

    /// <summary>
    /// What the checker is shown by default: refusals, reads with a stated reason and protected identities. A read
    /// with a task behind it (own case, review, due-list action, covering) is not flagged; a read of one applicant
    /// logged without a purpose (before reads had one, or a record extract) is flagged as outside the caseload.
    /// </summary>
    /// <param name="readerId">The user the entry names.</param>
    /// <param name="applicant">The applicant the entry names, as the register holds them now; null when none is named or the record has been deleted.</param>
    /// <param name="purpose">The purpose the entry records, if any.</param>
    public static AccessAlerts FlagsFor(AuditAction action, string? readerId, ApplicantOnRecord? applicant, ReadPurpose? purpose = null)
    {
        var flags = action == AuditAction.AccessDenied || purpose == ReadPurpose.Refused ? AccessAlerts.Refused : AccessAlerts.None;
        if (purpose == ReadPurpose.StatedReason)
        {
            flags |= AccessAlerts.StatedReason;
        }

        if (applicant is null)
        {
            return flags;
        }

        if (purpose is null && ReadsOfOneApplicant.Contains(action) && (applicant.AssignedWorkerId is null || applicant.AssignedWorkerId != readerId))
        {
            flags |= AccessAlerts.OutsideCaseload;
        }

        if (FileAccesses.Contains(action) && applicant.ProtectedIdentity)
        {
            flags |= AccessAlerts.ProtectedIdentity;
        }

        return flags;
    }
}

/// <summary>What the log check needs to know of the applicant an entry names.</summary>
public sealed record ApplicantOnRecord(string? AssignedWorkerId, bool ProtectedIdentity);
