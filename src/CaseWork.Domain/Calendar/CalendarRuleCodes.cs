namespace CaseWork.Domain.Calendar;

/// <summary>The refusals of a date typed into a case file (<see cref="PlausibleDates"/>), as stable codes that the UI translates.</summary>
public static class CalendarRuleCodes
{
    public const string TooEarly = "date.too-early";
    public const string TooFarAhead = "date.too-far-ahead";
}
