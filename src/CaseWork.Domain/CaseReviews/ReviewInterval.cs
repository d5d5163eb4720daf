namespace CaseWork.Domain.CaseReviews;

/// <summary>
/// Every social worker's cases are reviewed twice a year: the next review is due six months after the last completed
/// one, and from that day on (or when there never was one) the worker is flagged to the unit head.
/// </summary>
public static class ReviewInterval
{
    public const int Months = 6;

    /// <summary>Six calendar months on; a day the month lacks falls back to its last day (31 August → 28 February).</summary>
    public static DateOnly NextDueOn(DateOnly lastCompletedOn) => lastCompletedOn.AddMonths(Months);

    public static bool IsOverdue(DateOnly? lastCompletedOn, DateOnly today) =>
        lastCompletedOn is not { } last || today >= NextDueOn(last);
}
