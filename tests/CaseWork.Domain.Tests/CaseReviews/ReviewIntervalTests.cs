using CaseWork.Domain.CaseReviews;

namespace CaseWork.Domain.Tests.CaseReviews;

public class ReviewIntervalTests
{
    [Fact]
    public void NeverReviewed_IsOverdue() =>
        ReviewInterval.IsOverdue(null, new DateOnly(2026, 5, 1)).ShouldBeTrue();

    [Theory]
    [InlineData("2026-01-15", "2026-07-14", false)] // the day before six months have passed
    [InlineData("2026-01-15", "2026-07-15", true)] // six months to the day: the next review is due
    [InlineData("2026-01-15", "2026-03-15", false)]
    [InlineData("2025-06-10", "2026-01-10", true)] // seven months ago
    [InlineData("2025-08-31", "2026-02-27", false)] // a day the month lacks falls back to its last day
    [InlineData("2025-08-31", "2026-02-28", true)]
    [InlineData("2025-09-30", "2026-03-29", false)]
    [InlineData("2025-09-30", "2026-03-30", true)]
    public void IsOverdue_FromSixCalendarMonthsAfterTheLastReview(string last, string today, bool overdue) =>
        ReviewInterval.IsOverdue(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(overdue);

    [Fact]
    public void NextDueOn_IsSixMonthsOn_OrTheMonthsLastDay() =>
        ReviewInterval.NextDueOn(new DateOnly(2024, 8, 31)).ShouldBe(new DateOnly(2025, 2, 28));

    [Fact]
    public void ALeapYear_KeepsTheTwentyNinth() =>
        ReviewInterval.NextDueOn(new DateOnly(2027, 8, 29)).ShouldBe(new DateOnly(2028, 2, 29));
}
