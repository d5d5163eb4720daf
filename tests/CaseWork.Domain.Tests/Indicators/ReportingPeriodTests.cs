using CaseWork.Domain.Common;
using CaseWork.Domain.Indicators;
using Shouldly;

namespace CaseWork.Domain.Tests.Indicators;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData(1, 1, 4)]
    [InlineData(2, 5, 8)]
    [InlineData(3, 9, 12)]
    public void Tertial_CoversFourMonths(int tertial, int firstMonth, int lastMonth)
    {
        var period = ReportingPeriod.ForTertial(2026, tertial);

        period.FirstMonth.ShouldBe(new DateOnly(2026, firstMonth, 1));
        period.LastMonth.ShouldBe(new DateOnly(2026, lastMonth, 1));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(4, 1)]
    [InlineData(5, 2)]
    [InlineData(8, 2)]
    [InlineData(9, 3)]
    [InlineData(12, 3)]
    public void TertialOf_PlacesEachMonth(int month, int tertial) => ReportingPeriod.TertialOf(month).ShouldBe(tertial);

    [Fact]
    public void MonthsReached_OfCurrentTertial_StopsAtTheCurrentMonth()
    {
        var months = ReportingPeriod.ForTertial(2026, 3).MonthsReached(new DateOnly(2026, 11, 23));

        months.ShouldBe([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 1)]);
    }

    [Fact]
    public void LastMonthReached_OfAFuturePeriod_IsNull() =>
        ReportingPeriod.ForYear(2027).LastMonthReached(new DateOnly(2026, 11, 23)).ShouldBeNull();

    [Fact]
    public void LastMonthReached_OfAPastYear_IsDecember() =>
        ReportingPeriod.ForYear(2025).LastMonthReached(new DateOnly(2026, 11, 23)).ShouldBe(new DateOnly(2025, 12, 1));

    [Fact]
    public void IsComplete_OnlyOnceTheLastMonthHasPassed()
    {
        ReportingPeriod.ForTertial(2026, 2).IsComplete(new DateOnly(2026, 9, 1)).ShouldBeTrue();
        ReportingPeriod.ForTertial(2026, 2).IsComplete(new DateOnly(2026, 8, 31)).ShouldBeFalse();
    }

    [Fact]
    public void Previous_OfFirstTertial_IsTheThirdOfTheYearBefore() =>
        ReportingPeriod.ForTertial(2026, 1).Previous().ShouldBe(ReportingPeriod.ForTertial(2025, 3));

    [Theory]
    [InlineData(PeriodKind.Month, 2026, 13)]
    [InlineData(PeriodKind.Month, 2026, 0)]
    [InlineData(PeriodKind.Tertial, 2026, 4)]
    [InlineData(PeriodKind.Year, 1999, 1)]
    public void Create_OutOfRange_Throws(PeriodKind kind, int year, int number) =>
        Should.Throw<DomainException>(() => ReportingPeriod.Create(kind, year, number));
}
