namespace CaseWork.Domain.Due;

/// <summary>
/// One thing to do for one applicant by a date; <see cref="Month"/> names the month of a monthly check,
/// <see cref="ActionId"/> the case-review action.
/// </summary>
public sealed record DueItem(Guid ApplicantId, DueKind Kind, DateOnly DueOn, DateOnly? Month = null, Guid? ReferralId = null, Guid? ActionId = null)
{
    public DueBucket BucketOn(DateOnly today) =>
        DueOn < today ? DueBucket.Overdue
        : DueOn <= FollowUpSchedule.EndOfWeek(today) ? DueBucket.ThisWeek
        : DueBucket.Later;
}
