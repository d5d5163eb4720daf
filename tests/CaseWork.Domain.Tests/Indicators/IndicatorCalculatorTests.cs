using CaseWork.Domain.Indicators;
using Shouldly;

namespace CaseWork.Domain.Tests.Indicators;

public class IndicatorCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static AidCounts Aid(long paid = 0, long adultsAid12 = 0, long adultsLong = 0, long onTime = 0, long plan = 0) =>
        new(paid, paid, adultsAid12, adultsAid12, adultsLong, adultsLong, onTime, plan);

    private static ReferralCounts Referrals(long enrolled = 0, long sentBack = 0, long toWork = 0, long due = 0, long onTime = 0, long closed = 0, long days = 0) =>
        new(enrolled, sentBack, toWork, due, onTime, closed, days, 0, 0);

    private static IndicatorCalculator Calculator(
        Dictionary<DateOnly, AidCounts>? aid = null, Dictionary<DateOnly, ReferralCounts>? referrals = null, Dictionary<int, long>? population = null) =>
        new(aid ?? [], referrals ?? [], population ?? []);

    [Fact]
    public void LongTermShareOfRecipients_IsReadAtThePeriodsLastMonthReached()
    {
        var calculator = Calculator(aid: new()
        {
            [new(2026, 10, 1)] = Aid(adultsAid12: 100, adultsLong: 50),
            [new(2026, 11, 1)] = Aid(adultsAid12: 1000, adultsLong: 659),
        });

        var figure = calculator.Compute(IndicatorMeasure.LongTermShareOfAdultRecipients, ReportingPeriod.ForTertial(2026, 3), Today);

        figure.ShouldBe(new Figure(65.9m, 659, 1000));
    }

    [Fact]
    public void LongTermShareOfPopulation_UsesThePopulationOfThatYear()
    {
        var calculator = Calculator(
            aid: new() { [new(2025, 12, 1)] = Aid(adultsLong: 420) },
            population: new() { [2025] = 30_000, [2026] = 60_000 });

        var figure = calculator.Compute(IndicatorMeasure.LongTermShareOfAdultPopulation, ReportingPeriod.ForYear(2025), Today);

        figure.ShouldBe(new Figure(1.4m, 420, 30_000));
    }

    [Fact]
    public void LongTermShareOfPopulation_WithoutAPopulation_HasNoValue() =>
        Calculator(aid: new() { [new(2026, 11, 1)] = Aid(adultsLong: 5) })
            .Compute(IndicatorMeasure.LongTermShareOfAdultPopulation, ReportingPeriod.ForMonth(2026, 11), Today).Value.ShouldBeNull();

    [Fact]
    public void HouseholdsOnAid_IsTheAverageOverTheMonthsReached()
    {
        var calculator = Calculator(aid: new()
        {
            [new(2026, 9, 1)] = Aid(paid: 100),
            [new(2026, 10, 1)] = Aid(paid: 110),
            [new(2026, 11, 1)] = Aid(paid: 121),
        });

        calculator.Compute(IndicatorMeasure.HouseholdsOnAid, ReportingPeriod.ForTertial(2026, 3), Today).ShouldBe(new Figure(110.3m, 331, 3));
    }

    [Fact]
    public void WorkOrStudiesWithin12_CountsTheCohortEnrolledAYearBefore_WithoutThoseSentBack()
    {
        var calculator = Calculator(referrals: new()
        {
            [new(2025, 1, 1)] = Referrals(enrolled: 10, sentBack: 2, toWork: 4),
            [new(2025, 4, 1)] = Referrals(enrolled: 10, sentBack: 0, toWork: 5),
            [new(2025, 5, 1)] = Referrals(enrolled: 50, toWork: 50),
        });

        var figure = calculator.Compute(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months, ReportingPeriod.ForTertial(2026, 1), Today);

        figure.ShouldBe(new Figure(50.0m, 9, 18));
    }

    [Fact]
    public void EnrolmentDays_AveragesTheClosuresOfThePeriod()
    {
        var calculator = Calculator(referrals: new()
        {
            [new(2026, 9, 1)] = Referrals(closed: 2, days: 400),
            [new(2026, 11, 1)] = Referrals(closed: 1, days: 101),
        });

        calculator.Compute(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, ReportingPeriod.ForTertial(2026, 3), Today).ShouldBe(new Figure(167.0m, 501, 3));
    }

    [Fact]
    public void FollowUpsOnTime_SumsTheMonthsOfThePeriod()
    {
        var calculator = Calculator(aid: new()
        {
            [new(2026, 10, 1)] = Aid(paid: 10, onTime: 9),
            [new(2026, 11, 1)] = Aid(paid: 10, onTime: 5),
        });

        calculator.Compute(IndicatorMeasure.FollowUpsOnTimeShare, ReportingPeriod.ForTertial(2026, 3), Today).ShouldBe(new Figure(70.0m, 14, 20));
    }

    [Fact]
    public void AFuturePeriod_HasNoFigure() =>
        Calculator().Compute(IndicatorMeasure.HouseholdsOnAid, ReportingPeriod.ForYear(2027), Today).ShouldBe(Figure.None);

    [Fact]
    public void AZeroDenominator_IsNoData_NotZeroPercent()
    {
        var figure = Calculator(aid: new() { [new(2026, 11, 1)] = Aid(paid: 0) })
            .Compute(IndicatorMeasure.FollowUpsOnTimeShare, ReportingPeriod.ForMonth(2026, 11), Today);

        figure.HasData.ShouldBeFalse();
        figure.ShouldBe(new Figure(null, 0, 0));
    }

    [Fact]
    public void NoCheckOnTimeOfSomePaid_IsZeroPercent_WhichIsData()
    {
        var figure = Calculator(aid: new() { [new(2026, 11, 1)] = Aid(paid: 4) })
            .Compute(IndicatorMeasure.FollowUpsOnTimeShare, ReportingPeriod.ForMonth(2026, 11), Today);

        figure.HasData.ShouldBeTrue();
        figure.Value.ShouldBe(0m);
    }

    [Theory]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultPopulation)]
    [InlineData(IndicatorMeasure.HouseholdsOnAid)]
    [InlineData(IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months)]
    public void MonthsTheCountsDoNotCover_AreNoData_NotZero(IndicatorMeasure measure)
    {
        var calculator = new IndicatorCalculator(
            new Dictionary<DateOnly, AidCounts>(), new Dictionary<DateOnly, ReferralCounts>(), new Dictionary<int, long> { [2023] = 30_000 },
            new CountedMonths(new(2024, 1, 1), new(2026, 11, 1)));

        calculator.Compute(measure, ReportingPeriod.ForYear(2023), Today).ShouldBe(Figure.None);
    }

    [Fact]
    public void ACoveredMonthWithNobodyOnAid_IsZeroHouseholds_WhichIsData() =>
        new IndicatorCalculator(
                new Dictionary<DateOnly, AidCounts>(), new Dictionary<DateOnly, ReferralCounts>(), new Dictionary<int, long>(),
                new CountedMonths(new(2024, 1, 1), new(2026, 11, 1)))
            .Compute(IndicatorMeasure.HouseholdsOnAid, ReportingPeriod.ForYear(2025), Today).ShouldBe(new Figure(0m, 0, 12));

    [Fact]
    public void BeforeTheFirstRefresh_NothingHasData() =>
        new IndicatorCalculator(
                new Dictionary<DateOnly, AidCounts>(), new Dictionary<DateOnly, ReferralCounts>(), new Dictionary<int, long>(), CountedMonths.Nothing)
            .Compute(IndicatorMeasure.HouseholdsOnAid, ReportingPeriod.ForMonth(2026, 11), Today).HasData.ShouldBeFalse();

    [Fact]
    public void InterventionEffect_JudgesEachCohortAtItsOwnMark()
    {
        var byStart = new Dictionary<DateOnly, InterventionCounts>
        {
            [new(2026, 3, 1)] = new(10, 3, 0),
            [new(2025, 9, 1)] = new(20, 5, 8),
        };

        var (six, twelve) = IndicatorCalculator.InterventionEffect(byStart, ReportingPeriod.ForTertial(2026, 3), Today);

        six.ShouldBe(new Figure(30.0m, 3, 10));
        twelve.ShouldBe(new Figure(40.0m, 8, 20));
    }
}
