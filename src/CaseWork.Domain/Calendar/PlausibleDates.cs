using CaseWork.Domain.Common;

namespace CaseWork.Domain.Calendar;

/// <summary>
/// The span a date typed into a case file can mean something in: what happened in a case (a call, a talk, a referral)
/// happened after CaseWork's earliest records, and what is planned (a next follow-up) falls within the plan's horizon.
/// A year-1 or year-9999 date is a slip of the keyboard, refused by its field rather than stored.
/// </summary>
public static class PlausibleDates
{
    /// <summary>No event in a case file is older than this: the same floor as the aid months and the indicator years.</summary>
    public static readonly DateOnly EarliestEvent = new(2000, 1, 1);

    /// <summary>How far ahead a planned date may lie: a plan is followed up at least twice a year, so two years is generous.</summary>
    public const int PlannedYearsAhead = 2;

    public static bool IsTooEarly(DateOnly date) => date < EarliestEvent;

    public static DateOnly LatestPlanned(DateOnly today) => today.AddYears(PlannedYearsAhead);

    public static bool IsTooFarAhead(DateOnly date, DateOnly today) => date > LatestPlanned(today);

    /// <summary>
    /// Refuses the date of something that has happened (a note's event, a talk, a step of a referral): later than
    /// today with <paramref name="inFuture"/>, earlier than <see cref="EarliestEvent"/> with <paramref name="tooEarly"/>.
    /// </summary>
    public static void EnsureHappened(DateOnly date, DateOnly today, string inFuture, string tooEarly)
    {
        if (date > today)
        {
            throw new DomainException(inFuture);
        }

        if (IsTooEarly(date))
        {
            throw new DomainException(tooEarly);
        }
    }

    /// <summary>
    /// Why a date in a case file (a plan's period and dates, an agreement, a consent, a closure) cannot be meant, or
    /// null: earlier than <see cref="EarliestEvent"/>, or more than <see cref="PlannedYearsAhead"/> years after today.
    /// </summary>
    public static string? RefusalOf(DateOnly date, DateOnly today) =>
        IsTooEarly(date) ? CalendarRuleCodes.TooEarly : IsTooFarAhead(date, today) ? CalendarRuleCodes.TooFarAhead : null;
}
