using CaseWork.Domain.Access;

namespace CaseWork.Domain.Auditing;

/// <summary>
/// Who did what to which case file, when. Never holds a personal identity number: the applicant is named by id.
/// </summary>
public class AuditEntry
{
    public const int MaxDetailLength = 500;

    private AuditEntry()
    {
        UserName = string.Empty;
    }

    /// <param name="purpose">Why a case file was read or changed (<see cref="ReadRule"/>); null where no file is named.</param>
    /// <param name="reason">The reason stated, with a <see cref="ReadPurpose.StatedReason"/> purpose.</param>
    /// <param name="shownApplicantIds">The people a list showed by name, so that a check of one person finds every exposure.</param>
    public AuditEntry(
        DateTimeOffset occurredAt,
        string? userId,
        string userName,
        AuditAction action,
        Guid? applicantId,
        string? detail,
        ReadPurpose? purpose = null,
        StatedReason? reason = null,
        IReadOnlyCollection<Guid>? shownApplicantIds = null)
    {
        Purpose = purpose;
        Reason = reason?.Reason;
        ReasonText = reason?.Text;
        ShownApplicantIds = shownApplicantIds is null ? null : [.. shownApplicantIds.Distinct()];
        OccurredAt = occurredAt;
        UserId = userId;
        UserName = userName;
        Action = action;
        ApplicantId = applicantId;
        Detail = detail is { Length: > MaxDetailLength } ? detail[..MaxDetailLength] : detail;
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? UserId { get; private set; }

    public string UserName { get; private set; }

    public AuditAction Action { get; private set; }

    public Guid? ApplicantId { get; private set; }

    public string? Detail { get; private set; }

    public ReadPurpose? Purpose { get; private set; }

    public ReadReason? Reason { get; private set; }

    /// <summary>The stated reason's free text. Retention forgets it with the detail when the person is deleted.</summary>
    public string? ReasonText { get; private set; }

    /// <summary>The people a list showed by name (one entry per page view, not per person).</summary>
    public Guid[]? ShownApplicantIds { get; private set; }
}
