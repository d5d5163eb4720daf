namespace CaseWork.Domain.Retention;

/// <summary>
/// The rule's answer for one file: its status, the day it became (or becomes) due, the last day by which it must be
/// deleted, and what keeps it when it is in use.
/// </summary>
public sealed record RetentionAssessment(RetentionStatus Status, DateOnly LastEntryOn, DateOnly DueFrom, DateOnly Deadline, InUse InUse)
{
    /// <summary>Due, and the deadline has passed: deletion is late.</summary>
    public bool IsOverdue(DateOnly today) => Status == RetentionStatus.Due && today > Deadline;
}
