using CaseWork.Domain.Calendar;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Tests.Calendar;

public class PlausibleDatesTests
{
    private static readonly DateOnly Today = new(2026, 12, 6);

    [Theory]
    [InlineData("0001-01-01", true)]
    [InlineData("1899-12-31", true)]
    [InlineData("1999-12-31", true)]
    [InlineData("2000-01-01", false)]
    [InlineData("2026-12-06", false)]
    public void IsTooEarly_BeforeCaseWorksEarliestRecords(string date, bool tooEarly) =>
        PlausibleDates.IsTooEarly(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(tooEarly);

    [Theory]
    [InlineData("2028-12-06", false)]
    [InlineData("2028-12-07", true)]
    [InlineData("9999-12-31", true)]
    [InlineData("2026-12-06", false)]
    public void IsTooFarAhead_MoreThanTwoYearsFromToday(string date, bool tooFar) =>
        PlausibleDates.IsTooFarAhead(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today).ShouldBe(tooFar);

    [Fact]
    public void LatestPlanned_IsTwoYearsAhead_OnALeapDay() =>
        PlausibleDates.LatestPlanned(new DateOnly(2028, 2, 29)).ShouldBe(new DateOnly(2030, 2, 28));

    [Theory]
    [InlineData("1999-12-31", CalendarRuleCodes.TooEarly)]
    [InlineData("2028-12-07", CalendarRuleCodes.TooFarAhead)]
    [InlineData("2027-06-30", null)]
    public void RefusalOf_NamesTheRuleOrNothing(string date, string? code) =>
        PlausibleDates.RefusalOf(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today).ShouldBe(code);

    [Theory]
    [InlineData("2026-12-07", "in-future")]
    [InlineData("1999-12-31", "too-early")]
    public void EnsureHappened_RefusesADateAfterTodayOrBeforeTheEarliestEvent(string date, string code) =>
        Should.Throw<DomainException>(() => PlausibleDates.EnsureHappened(
            DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today, "in-future", "too-early")).Message.ShouldBe(code);

    [Theory]
    [InlineData("2026-12-06")]
    [InlineData("2000-01-01")]
    public void EnsureHappened_TakesTodayAndTheEarliestEvent(string date) =>
        PlausibleDates.EnsureHappened(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today, "in-future", "too-early");
}
