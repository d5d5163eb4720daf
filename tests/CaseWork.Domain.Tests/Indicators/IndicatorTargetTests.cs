using CaseWork.Domain.Common;
using CaseWork.Domain.Indicators;

namespace CaseWork.Domain.Tests.Indicators;

public class IndicatorTargetTests
{
    private const int ThisYear = 2026;

    [Theory]
    [InlineData(2000)]
    [InlineData(2026)]
    [InlineData(2031)]
    public void Years_FromTwoThousandToFiveYearsAhead_AreAccepted(int year) =>
        IndicatorYears.IsValid(year, ThisYear).ShouldBeTrue();

    [Theory]
    [InlineData(1999)]
    [InlineData(2032)]
    [InlineData(0)]
    public void Years_OutsideTheRange_AreRefused(int year)
    {
        IndicatorYears.IsValid(year, ThisYear).ShouldBeFalse();
        Should.Throw<DomainException>(() => new IndicatorTarget(1, year, IndicatorMeasure.AdultsOnAid, 100, ThisYear))
            .Message.ShouldBe(IndicatorRuleCodes.YearOutOfRange);
        Should.Throw<DomainException>(() => new DistrictPopulation(1, year, 40_000, ThisYear))
            .Message.ShouldBe(IndicatorRuleCodes.YearOutOfRange);
    }

    [Fact]
    public void Target_OfSpangaTensta_IsKeptWithItsYearAndMeasure()
    {
        var target = new IndicatorTarget(7, 2026, IndicatorMeasure.LongTermShareOfAdultRecipients, 66m, ThisYear);

        target.DistrictId.ShouldBe(7);
        target.Year.ShouldBe(2026);
        target.Measure.ShouldBe(IndicatorMeasure.LongTermShareOfAdultRecipients);
        target.Value.ShouldBe(66m);
    }

    [Theory]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "0")]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "65.9")]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "100")]
    [InlineData(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, "3650")]
    [InlineData(IndicatorMeasure.HouseholdsOnAid, "1337")]
    public void Target_WithinTheMeasuresRange_IsAccepted(IndicatorMeasure measure, string value) =>
        TargetRules.Problem(measure, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)).ShouldBeNull();

    [Theory]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "-0.1", IndicatorRuleCodes.TargetNegative)]
    [InlineData(IndicatorMeasure.HouseholdsOnAid, "-1", IndicatorRuleCodes.TargetNegative)]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "100.1", IndicatorRuleCodes.TargetAboveMaximum)]
    [InlineData(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, "3651", IndicatorRuleCodes.TargetAboveMaximum)]
    [InlineData(IndicatorMeasure.LongTermShareOfAdultRecipients, "65.95", IndicatorRuleCodes.TargetTooManyDecimals)]
    [InlineData(IndicatorMeasure.HouseholdsOnAid, "1337.5", IndicatorRuleCodes.TargetTooManyDecimals)]
    [InlineData(IndicatorMeasure.EnrolmentDaysToWorkOrStudies, "120.5", IndicatorRuleCodes.TargetTooManyDecimals)]
    public void Target_OutsideTheMeasuresRange_IsRefusedWithItsReason(IndicatorMeasure measure, string value, string code)
    {
        var number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

        TargetRules.Problem(measure, number).ShouldBe(code);
        Should.Throw<DomainException>(() => new IndicatorTarget(1, ThisYear, measure, number, ThisYear)).Message.ShouldBe(code);
    }

    [Fact]
    public void Target_Changed_KeepsTheOldValueWhenTheNewOneIsRefused()
    {
        var target = new IndicatorTarget(1, ThisYear, IndicatorMeasure.FollowUpsOnTimeShare, 90m, ThisYear);

        Should.Throw<DomainException>(() => target.Change(120m));
        target.Value.ShouldBe(90m);
        target.Change(92.5m);
        target.Value.ShouldBe(92.5m);
    }

    [Fact]
    public void PercentagesTakeOneDecimal_DaysAndCountsNone()
    {
        IndicatorMeasure.LongTermShareOfAdultPopulation.MaximumDecimals().ShouldBe(1);
        IndicatorMeasure.EnrolmentDaysToWorkOrStudies.MaximumDecimals().ShouldBe(0);
        IndicatorMeasure.AdultsOnAid.MaximumDecimals().ShouldBe(0);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42_000)]
    [InlineData(PopulationRules.MaximumAdults)]
    public void Population_PositiveAndBelowTheBound_IsAccepted(int adults) =>
        new DistrictPopulation(1, ThisYear, adults, ThisYear).Adults.ShouldBe(adults);

    [Theory]
    [InlineData("0", IndicatorRuleCodes.PopulationNotPositive)]
    [InlineData("-5", IndicatorRuleCodes.PopulationNotPositive)]
    [InlineData("1000001", IndicatorRuleCodes.PopulationAboveMaximum)]
    [InlineData("5000000000", IndicatorRuleCodes.PopulationAboveMaximum)]
    [InlineData("28900.5", IndicatorRuleCodes.PopulationNotWhole)]
    public void Population_ZeroNegativeFractionalOrImplausible_IsRefused(string adults, string code) =>
        PopulationRules.Problem(decimal.Parse(adults, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(code);

    [Fact]
    public void Population_Changed_ToZero_IsRefused()
    {
        var population = new DistrictPopulation(1, ThisYear, 40_000, ThisYear);

        Should.Throw<DomainException>(() => population.Change(0)).Message.ShouldBe(IndicatorRuleCodes.PopulationNotPositive);
        population.Adults.ShouldBe(40_000);
    }
}
