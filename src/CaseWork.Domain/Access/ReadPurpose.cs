using CaseWork.Domain.Common;

namespace CaseWork.Domain.Access;

/// <summary>Why a case file was read, as the access log records it.</summary>
public enum ReadPurpose
{
    /// <summary>The reader is the applicant's assigned social worker.</summary>
    OwnCase,

    /// <summary>A case review that includes the applicant: the unit head running it, or a reader of the review.</summary>
    Review,

    /// <summary>A review action on the reader's due list names the applicant.</summary>
    DueAction,

    /// <summary>A social worker of the same group (or unit, where no group is set) covering for a colleague.</summary>
    Covering,

    /// <summary>Outside the reader's own work: they stated a reason first (aktivt val).</summary>
    StatedReason,

    /// <summary>Asked for a file outside the reader's scope, and was refused.</summary>
    Refused,
}

/// <summary>The short list a reader chooses from before reading a file outside their own work.</summary>
public enum ReadReason
{
    /// <summary>Uppföljning/tillsyn.</summary>
    Oversight,

    /// <summary>Ersätter handläggare.</summary>
    StandingIn,

    /// <summary>Klagomål eller synpunkt.</summary>
    Complaint,

    /// <summary>Annat: the free text says what.</summary>
    Other,
}

/// <summary>A reason chosen from the list, with free text (required for <see cref="ReadReason.Other"/>).</summary>
public sealed record StatedReason
{
    public const int MaxTextLength = 200;

    /// <summary>How long a stated reason holds for the same reader and applicant before it is asked for again.</summary>
    public static TimeSpan HeldFor { get; } = TimeSpan.FromHours(1);

    private StatedReason(ReadReason reason, string? text)
    {
        Reason = reason;
        Text = text;
    }

    public ReadReason Reason { get; }

    public string? Text { get; }

    /// <summary>The reason as the reader gave it; throws a <see cref="DomainException"/> naming what is missing.</summary>
    public static StatedReason Create(ReadReason? reason, string? text)
    {
        if (reason is not { } chosen || !Enum.IsDefined(chosen))
        {
            throw new DomainException(AccessRuleCodes.ReasonMissing);
        }

        var trimmed = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (chosen == ReadReason.Other && trimmed is null)
        {
            throw new DomainException(AccessRuleCodes.OtherReasonUndescribed);
        }

        if (trimmed is { Length: > MaxTextLength })
        {
            throw new DomainException(AccessRuleCodes.ReasonTextTooLong);
        }

        return new StatedReason(chosen, trimmed);
    }

    /// <summary>A reason read back from the access log, where it was checked when it was stated.</summary>
    public static StatedReason FromRecord(ReadReason reason, string? text) => new(reason, text);
}

/// <summary>What the reader is doing with the applicant's file, as far as it decides the purpose of a read.</summary>
/// <param name="IsAssignedWorker">The reader is the applicant's assigned social worker.</param>
/// <param name="InReviewOfReader">A case review the reader runs, not yet signed, includes the applicant.</param>
/// <param name="OwnsOpenReviewAction">An open review action for the applicant is the reader's (on their due list).</param>
/// <param name="IsSocialWorkerOfTheUnit">The reader is a social worker of the applicant's unit.</param>
/// <param name="HasAssignedWorker">The applicant has an assigned worker at all.</param>
/// <param name="ReaderGroupId">The reader's group in the unit, if they are placed in one.</param>
/// <param name="AssignedWorkerGroupId">The assigned worker's group, if they are placed in one.</param>
public sealed record ReadSituation(
    bool IsAssignedWorker,
    bool InReviewOfReader = false,
    bool OwnsOpenReviewAction = false,
    bool IsSocialWorkerOfTheUnit = false,
    bool HasAssignedWorker = true,
    int? ReaderGroupId = null,
    int? AssignedWorkerGroupId = null);

/// <summary>The purpose a read gets, with the reason when one was stated; or that a reason must be asked for first.</summary>
public sealed record ReadDecision(ReadPurpose? Purpose, StatedReason? Reason)
{
    public static ReadDecision AskForReason { get; } = new(null, null);

    public bool NeedsReason => Purpose is null;
}

/// <summary>
/// Aktivt val: a case file is read for the reader's own case or a task that needs it (a case review, a due-list
/// action, covering for a colleague of the same group); any other read needs a stated reason, which the access
/// log keeps with the read and which the log check flags.
/// </summary>
public static class ReadRule
{
    /// <summary>The task that makes the read part of the reader's work, or null when there is none.</summary>
    public static ReadPurpose? TaskOf(ReadSituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        if (situation.IsAssignedWorker)
        {
            return ReadPurpose.OwnCase;
        }

        if (situation.InReviewOfReader)
        {
            return ReadPurpose.Review;
        }

        if (situation.OwnsOpenReviewAction)
        {
            return ReadPurpose.DueAction;
        }

        return IsCovering(situation) ? ReadPurpose.Covering : null;
    }

    /// <summary>
    /// A social worker of the unit covers for the assigned worker when both are in the same group; where either is
    /// in no group, or the applicant has no worker yet, the unit is the group.
    /// </summary>
    public static bool IsCovering(ReadSituation situation)
    {
        ArgumentNullException.ThrowIfNull(situation);
        return situation.IsSocialWorkerOfTheUnit
            && (!situation.HasAssignedWorker
                || situation.ReaderGroupId is null
                || situation.AssignedWorkerGroupId is null
                || situation.ReaderGroupId == situation.AssignedWorkerGroupId);
    }

    /// <param name="held">A reason the reader stated for this applicant a short while ago, if any.</param>
    public static ReadDecision Decide(ReadSituation situation, StatedReason? held) =>
        TaskOf(situation) is { } task ? new ReadDecision(task, null)
        : held is not null ? new ReadDecision(ReadPurpose.StatedReason, held)
        : ReadDecision.AskForReason;
}
