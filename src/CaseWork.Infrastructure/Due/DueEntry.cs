using System.Linq.Expressions;

namespace CaseWork.Infrastructure.Due;

/// <summary>
/// One row of <c>due_items</c>: a bevakning of the schedule (<see cref="FollowUpSchedule"/>) as the case's facts stand,
/// kept up to date by the database in the transaction that changes those facts (<c>DueItemsSql</c>, ADR 0019).
/// Stored without the horizon and for every month with aid, so that a passing day or month needs no write: the due
/// list picks what is shown today (<see cref="ShownOn"/>). Review actions are not here; the list reads them as they are.
/// </summary>
public sealed class DueEntry
{
    public Guid ApplicantId { get; init; }

    /// <summary>Stored as the kind's number: the list is ordered by it, as its cursor is.</summary>
    public DueKind Kind { get; init; }

    public DateOnly DueOn { get; init; }

    /// <summary>The month of a monthly check.</summary>
    public DateOnly? Month { get; init; }

    public Guid? ReferralId { get; init; }

    /// <summary>The applicant's assigned social worker, kept with the item for the worker's list.</summary>
    public string? AssignedWorkerId { get; init; }

    public int UnitId { get; init; }

    public int DistrictId { get; init; }

    public DueItem ToItem() => new(ApplicantId, Kind, DueOn, Month, ReferralId);

    /// <summary>
    /// The items the schedule shows on <paramref name="today"/>: a monthly check of this month or the last, anything
    /// else due within <see cref="FollowUpSchedule.HorizonDays"/> (what <see cref="FollowUpSchedule.DueFor(CaseFacts, DateOnly)"/>
    /// keeps).
    /// </summary>
    public static Expression<Func<DueEntry, bool>> ShownOn(DateOnly today)
    {
        var (from, to) = MonthlyCheckDueRange(today);
        var horizon = today.AddDays(FollowUpSchedule.HorizonDays);
        return e => e.DueOn <= horizon && (e.Kind != DueKind.MonthlyCheck || (e.DueOn >= from && e.DueOn <= to));
    }

    /// <summary>The due dates of last month's and this month's checks.</summary>
    public static (DateOnly From, DateOnly To) MonthlyCheckDueRange(DateOnly today)
    {
        var current = new DateOnly(today.Year, today.Month, 1);
        return (FollowUpSchedule.MonthlyCheckDueOn(current.AddMonths(-1)), FollowUpSchedule.MonthlyCheckDueOn(current));
    }
}
