using CaseWork.Domain.Common;

namespace CaseWork.Domain.CaseReviews;

/// <summary>
/// An ärendegenomgång: a unit head goes through every case of one social worker's caseload, records a decision per
/// case (<see cref="CaseReviewEntry"/>), then completes and signs the review. A signed review is never changed; only
/// the owners of its actions mark them done.
/// </summary>
public class CaseReview
{
    /// <summary>A decision without actions names no owner, so no one need be of the unit.</summary>
    private static readonly IReadOnlySet<string> NoOwners = new HashSet<string>();

    private CaseReview()
    {
        WorkerId = string.Empty;
        OpenedById = string.Empty;
    }

    public Guid Id { get; private set; }

    public int DistrictId { get; private set; }

    public int UnitId { get; private set; }

    /// <summary>The social worker whose caseload is reviewed.</summary>
    public string WorkerId { get; private set; }

    public string OpenedById { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>The day the review was opened; no action may be due before it.</summary>
    public DateOnly ReviewDate { get; private set; }

    public CaseReviewStatus Status { get; private set; }

    /// <summary>The day it was signed; the date the six-month rule counts from.</summary>
    public DateOnly? CompletedOn { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public string? SignedById { get; private set; }

    /// <summary>The signer's name as it was when they signed, for the record.</summary>
    public string? SignedByName { get; private set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; private set; }

    public bool IsCompleted => Status == CaseReviewStatus.Completed;

    public ReviewScope Scope => new(UnitId, DistrictId, WorkerId, Status);

    /// <summary>Opens a review of the cases assigned to <paramref name="workerId"/>, with one entry per case.</summary>
    public static (CaseReview Review, IReadOnlyList<CaseReviewEntry> Entries) Open(
        int unitId, int districtId, string workerId, string openedById, IReadOnlyCollection<Guid> caseload, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(caseload);
        var ids = caseload.Distinct().ToList();
        var review = Open(unitId, districtId, workerId, openedById, ids.Count, now, today);
        return (review, ids.Select(applicantId => new CaseReviewEntry(review.Id, applicantId, now)).ToList());
    }

    /// <summary>
    /// Opens a review of a caseload of <paramref name="cases"/> cases whose entries are made set-based, one per case
    /// and each without a decision, as <see cref="CaseReviewEntry"/>'s constructor makes them (the persistence inserts
    /// them in one statement, so that a caseload of any size opens at once).
    /// </summary>
    public static CaseReview Open(int unitId, int districtId, string workerId, string openedById, int cases, DateTimeOffset now, DateOnly today)
    {
        ArgumentException.ThrowIfNullOrEmpty(workerId);
        ArgumentException.ThrowIfNullOrEmpty(openedById);
        if (cases <= 0)
        {
            throw new DomainException(ReviewRuleCodes.EmptyCaseload);
        }

        return new CaseReview
        {
            Id = Guid.CreateVersion7(now),
            UnitId = unitId,
            DistrictId = districtId,
            WorkerId = workerId,
            OpenedById = openedById,
            OpenedAt = now,
            ReviewDate = today,
            Status = CaseReviewStatus.Ongoing,
        };
    }

    /// <summary>
    /// Completes and signs the review. <paramref name="entries"/> are all of its cases; each must have a decision.
    /// Each case keeps the facts it was reviewed on (<paramref name="factsByApplicant"/>; none for a case no longer
    /// readable).
    /// </summary>
    public void Complete(
        IReadOnlyCollection<CaseReviewEntry> entries,
        IReadOnlyDictionary<Guid, ReviewCaseFacts> factsByApplicant,
        string signedById,
        string signedByName,
        DateTimeOffset now,
        DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(factsByApplicant);
        ArgumentException.ThrowIfNullOrEmpty(signedById);
        EnsureOngoing();
        EnsureOwn(entries);
        if (entries.Any(e => e.Decision is null))
        {
            throw new DomainException(ReviewRuleCodes.CasesUndecided);
        }

        foreach (var entry in entries)
        {
            entry.KeepFacts(factsByApplicant.GetValueOrDefault(entry.ApplicantId));
        }

        Status = CaseReviewStatus.Completed;
        CompletedOn = today;
        SignedAt = now;
        SignedById = signedById;
        SignedByName = signedByName;
    }

    /// <summary>
    /// The cases among <paramref name="looked"/> (those the unit head has looked at in the list) that have no decision
    /// yet: what "mark the remaining cases Inga åtgärder" would mark.
    /// </summary>
    public IReadOnlyList<CaseReviewEntry> RemainingOf(IReadOnlyCollection<CaseReviewEntry> looked)
    {
        ArgumentNullException.ThrowIfNull(looked);
        EnsureOwn(looked);
        return looked.Where(e => e.Decision is null).ToList();
    }

    /// <summary>
    /// Records "Inga åtgärder", without comment or action, on each case of <paramref name="looked"/> that has no decision
    /// yet; a decided case keeps its decision. Returns the cases marked. Refused once signed, and when none remains.
    /// </summary>
    public IReadOnlyList<CaseReviewEntry> MarkRemainingNoAction(IReadOnlyCollection<CaseReviewEntry> looked, string recordedById, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordedById);
        EnsureOngoing();
        var remaining = RemainingOf(looked);
        if (remaining.Count == 0)
        {
            throw new DomainException(ReviewRuleCodes.NothingRemaining);
        }

        foreach (var entry in remaining)
        {
            entry.Record(this, new CaseDecision(ReviewDecision.NoAction, null, []), NoOwners, recordedById, now);
        }

        return remaining;
    }

    private void EnsureOwn(IReadOnlyCollection<CaseReviewEntry> entries)
    {
        if (entries.Any(e => e.ReviewId != Id))
        {
            throw new ArgumentException("Every entry must belong to this review.", nameof(entries));
        }
    }

    internal void EnsureOngoing()
    {
        if (IsCompleted)
        {
            throw new DomainException(ReviewRuleCodes.AlreadySigned);
        }
    }
}

/// <summary>Where a review belongs and how far it has come: what access to it depends on.</summary>
public sealed record ReviewScope(int UnitId, int DistrictId, string WorkerId, CaseReviewStatus Status);
