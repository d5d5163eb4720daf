using CaseWork.Domain.Calendar;

namespace CaseWork.Domain.Tests.Calendar;

public class SwedishCalendarTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void EasterSunday_MatchesTheAlmanac(int year, int month, int day) =>
        SwedishCalendar.EasterSunday(year).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData("2026-04-03")] // långfredagen
    [InlineData("2026-04-06")] // annandag påsk
    [InlineData("2026-05-14")] // Kristi himmelsfärdsdag
    [InlineData("2026-06-19")] // midsommarafton
    [InlineData("2026-12-24")] // julafton
    [InlineData("2026-12-31")] // nyårsafton
    [InlineData("2027-01-06")] // trettondedag jul
    [InlineData("2025-06-06")] // nationaldagen on a Friday
    public void IsWorkingDay_HolidaysOnWeekdays_AreNot(string date) =>
        SwedishCalendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeFalse();

    [Theory]
    [InlineData("2026-11-23", true)]  // Monday
    [InlineData("2026-11-28", false)] // Saturday
    [InlineData("2026-06-18", true)]  // the day before midsommarafton
    public void IsWorkingDay_OrdinaryDays(string date, bool expected) =>
        SwedishCalendar.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(expected);

    [Fact]
    public void MidsummerAndAllSaints_FallOnTheirWeekdays()
    {
        SwedishCalendar.HolidaysIn(2026).ShouldContain(new DateOnly(2026, 6, 19)); // midsommarafton, Friday
        SwedishCalendar.HolidaysIn(2026).ShouldContain(new DateOnly(2026, 10, 31)); // alla helgons dag, Saturday
        SwedishCalendar.HolidaysIn(2027).ShouldContain(new DateOnly(2027, 6, 25));
        SwedishCalendar.HolidaysIn(2027).ShouldContain(new DateOnly(2027, 11, 6));
    }

    [Theory]
    [InlineData("2026-11-23", 5, "2026-11-30")] // Monday + 5 working days = next Monday
    [InlineData("2026-11-27", 1, "2026-11-30")] // Friday + 1 skips the weekend
    [InlineData("2026-12-21", 5, "2026-12-30")] // across jul: 22, 23, then 28, 29, 30 December
    [InlineData("2026-12-29", 3, "2027-01-05")] // across nyår: 30 December, then 4 and 5 January
    [InlineData("2026-04-01", 2, "2026-04-07")] // across påsk: 2 April, then 7 April
    [InlineData("2026-06-17", 2, "2026-06-22")] // across midsommar: 18 June, then 22 June
    public void AddWorkingDays_SkipsWeekendsAndHolidays(string start, int days, string expected)
    {
        var result = SwedishCalendar.AddWorkingDays(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days);

        result.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void AddWorkingDays_Zero_IsTheStartDay() =>
        SwedishCalendar.AddWorkingDays(new DateOnly(2026, 11, 28), 0).ShouldBe(new DateOnly(2026, 11, 28));
}
