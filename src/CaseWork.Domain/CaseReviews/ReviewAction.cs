using CaseWork.Domain.Common;

namespace CaseWork.Domain.CaseReviews;

/// <summary>
/// Something a case review asks someone to do by a date. Once the review is signed it shows in the owner's due list
/// until the owner marks it done.
/// </summary>
public class ReviewAction
{
    private ReviewAction()
    {
        Description = string.Empty;
        OwnerId = string.Empty;
    }

    internal ReviewAction(CaseReviewEntry entry, string description, string ownerId, DateOnly dueOn, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        EntryId = entry.Id;
        ReviewId = entry.ReviewId;
        ApplicantId = entry.ApplicantId;
        Description = description;
        OwnerId = ownerId;
        DueOn = dueOn;
    }

    public Guid Id { get; private set; }

    public Guid EntryId { get; private set; }

    /// <summary>Kept beside the entry so that the due list finds open actions in one flat query.</summary>
    public Guid ReviewId { get; private set; }

    public Guid ApplicantId { get; private set; }

    public string Description { get; private set; }

    /// <summary>A social worker of the unit; by default the one whose caseload was reviewed.</summary>
    public string OwnerId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public DateTimeOffset? DoneAt { get; private set; }

    public bool IsDone => DoneAt is not null;

    /// <summary>
    /// The owner marks the action done; the one change a signed review allows, since it records the follow-through,
    /// not the review. Marking it again changes nothing and returns false.
    /// </summary>
    public bool MarkDone(CaseReview review, string userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.Id != ReviewId)
        {
            throw new ArgumentException("The action belongs to another review.", nameof(review));
        }

        if (userId != OwnerId)
        {
            throw new DomainException(ReviewRuleCodes.NotActionOwner);
        }

        if (!review.IsCompleted)
        {
            throw new DomainException(ReviewRuleCodes.NotSigned);
        }

        if (IsDone)
        {
            return false;
        }

        DoneAt = now;
        return true;
    }

    internal void Change(string description, string ownerId, DateOnly dueOn)
    {
        Description = description;
        OwnerId = ownerId;
        DueOn = dueOn;
    }
}
