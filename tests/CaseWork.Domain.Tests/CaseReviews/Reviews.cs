using CaseWork.Domain.CaseReviews;

namespace CaseWork.Domain.Tests.CaseReviews;

/// <summary>Builds reviews for the tests: a unit head opening a review of a worker's caseload on <see cref="ReviewDate"/>.</summary>
internal static class Reviews
{
    public const string Worker = "worker-1";
    public const string Colleague = "worker-2";
    public const string Head = "head-1";
    public static readonly DateOnly ReviewDate = new(2026, 3, 10);
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.FromHours(1));
    public static readonly IReadOnlySet<string> UnitWorkers = new HashSet<string> { Worker, Colleague };

    public static (CaseReview Review, IReadOnlyList<CaseReviewEntry> Entries) Open(int cases = 2) =>
        CaseReview.Open(7, 3, Worker, Head, Enumerable.Range(0, cases).Select(_ => Guid.NewGuid()).ToList(), Now, ReviewDate);

    public static ReviewActionInput Action(string? description = "Revidera planen med delmål", string? owner = Worker, DateOnly? due = null, Guid? id = null) =>
        new(id, description, owner, due ?? ReviewDate.AddDays(30));

    public static CaseDecision NeedsAction(params ReviewActionInput[] actions) => new(ReviewDecision.NeedsAction, "Planen saknar delmål.", actions);

    public static CaseDecision Ok(string? comment = null) => new(ReviewDecision.NoAction, comment, []);

    public static void DecideAll(CaseReview review, IEnumerable<CaseReviewEntry> entries)
    {
        foreach (var entry in entries)
        {
            entry.Record(review, Ok(), UnitWorkers, Head, Now);
        }
    }
}
