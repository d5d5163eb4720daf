namespace CaseWork.Domain.Calendar;

/// <summary>
/// Working days in Sweden: Monday to Friday, except public holidays (allmänna helgdagar) and the days that are
/// treated as holidays in working life (midsommarafton, julafton, nyårsafton). Used for deadlines such as the job
/// plan within five working days of the first visit.
/// </summary>
public static class SwedishCalendar
{
    public static bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !HolidaysIn(date.Year).Contains(date);

    /// <summary>The date <paramref name="workingDays"/> working days after <paramref name="start"/> (the start day itself not counted).</summary>
    public static DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Public holidays and holiday eves of a year that can fall on a weekday.</summary>
    public static IReadOnlySet<DateOnly> HolidaysIn(int year)
    {
        var easter = EasterSunday(year);
        var midsummerEve = FirstFridayFrom(new DateOnly(year, 6, 19));
        var allSaints = FirstSaturdayFrom(new DateOnly(year, 10, 31));
        return new HashSet<DateOnly>
        {
            new(year, 1, 1),               // nyårsdagen
            new(year, 1, 6),               // trettondedag jul
            easter.AddDays(-2),            // långfredagen
            easter.AddDays(1),             // annandag påsk
            new(year, 5, 1),               // första maj
            easter.AddDays(39),            // Kristi himmelsfärdsdag
            new(year, 6, 6),               // Sveriges nationaldag
            midsummerEve,                  // midsommarafton
            midsummerEve.AddDays(1),       // midsommardagen
            allSaints,                     // alla helgons dag
            new(year, 12, 24),             // julafton
            new(year, 12, 25),             // juldagen
            new(year, 12, 26),             // annandag jul
            new(year, 12, 31),             // nyårsafton
        };
    }

    /// <summary>Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static DateOnly FirstFridayFrom(DateOnly date) => date.AddDays(((int)DayOfWeek.Friday - (int)date.DayOfWeek + 7) % 7);

    private static DateOnly FirstSaturdayFrom(DateOnly date) => date.AddDays(((int)DayOfWeek.Saturday - (int)date.DayOfWeek + 7) % 7);
}
