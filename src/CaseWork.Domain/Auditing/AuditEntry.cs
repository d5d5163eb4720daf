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

    public AuditEntry(DateTimeOffset occurredAt, string? userId, string userName, AuditAction action, Guid? applicantId, string? detail)
    {
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
}
