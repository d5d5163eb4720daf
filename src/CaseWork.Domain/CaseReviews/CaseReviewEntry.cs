using CaseWork.Domain.Common;

namespace CaseWork.Domain.CaseReviews;

/// <summary>One case of a review: the unit head's decision, comment and actions. Edited on its own, guarded by xmin.</summary>
public class CaseReviewEntry
{
    private readonly List<ReviewAction> _actions = [];

    private CaseReviewEntry()
    {
    }

    internal CaseReviewEntry(Guid reviewId, Guid applicantId, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        ReviewId = reviewId;
        ApplicantId = applicantId;
    }

    public Guid Id { get; private set; }

    public Guid ReviewId { get; private set; }

    public Guid ApplicantId { get; private set; }

    /// <summary>Null until the unit head has gone through the case.</summary>
    public ReviewDecision? Decision { get; private set; }

    public string? Comment { get; private set; }

    public string? RecordedById { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    /// <summary>The case as it stood when the review was signed; null while it is ongoing.</summary>
    public ReviewCaseFacts? FactsAtSigning { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin): two people recording the same case see a conflict.</summary>
    public uint Version { get; private set; }

    public IReadOnlyList<ReviewAction> Actions => _actions.AsReadOnly();

    /// <summary>
    /// Records the decision, replacing the comment and the actions: actions named by id are updated, new ones added,
    /// and those left out removed. Refused once the review is signed.
    /// </summary>
    public void Record(CaseReview review, CaseDecision decision, IReadOnlySet<string> unitSocialWorkers, string recordedById, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(decision);
        if (review.Id != ReviewId)
        {
            throw new ArgumentException("The entry belongs to another review.", nameof(review));
        }

        review.EnsureOngoing();
        var breaches = CaseDecisionRules.Check(decision, review.ReviewDate, unitSocialWorkers);
        if (breaches.Count > 0)
        {
            throw new DomainException(breaches[0].Code);
        }

        Decision = decision.Decision;
        Comment = string.IsNullOrWhiteSpace(decision.Comment) ? null : decision.Comment.Trim();
        RecordedById = recordedById;
        RecordedAt = now;
        ReplaceActions(decision.Actions, now);
    }

    internal void KeepFacts(ReviewCaseFacts? facts) => FactsAtSigning = facts;

    private void ReplaceActions(IReadOnlyList<ReviewActionInput> inputs, DateTimeOffset now)
    {
        var kept = inputs.Where(i => i.Id is not null).Select(i => i.Id!.Value).ToHashSet();
        _actions.RemoveAll(a => !kept.Contains(a.Id));
        foreach (var input in inputs)
        {
            var existing = input.Id is { } id ? _actions.FirstOrDefault(a => a.Id == id) : null;
            if (existing is null)
            {
                _actions.Add(new ReviewAction(this, input.Description!.Trim(), input.OwnerId!, input.DueOn!.Value, now));
            }
            else
            {
                existing.Change(input.Description!.Trim(), input.OwnerId!, input.DueOn!.Value);
            }
        }
    }
}
