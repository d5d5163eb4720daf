using CaseWork.Domain.Applicants;
using CaseWork.Domain.Indicators;
using CaseWork.Domain.Referrals;
using Shouldly;

namespace CaseWork.Domain.Tests.Indicators;

public class IndicatorRulesTests
{
    private static readonly DateOnly November = new(2026, 11, 1);

    [Fact]
    public void IsLongTermAt_TenOfTheTwelveMonthsEndingThere_IsLongTerm()
    {
        var months = Enumerable.Range(0, 10).Select(i => November.AddMonths(-i));

        IndicatorRules.IsLongTermAt(months, November).ShouldBeTrue();
    }

    [Fact]
    public void IsLongTermAt_TenMonthsButOneOutsideTheWindow_IsNot()
    {
        var months = Enumerable.Range(2, 10).Select(i => November.AddMonths(-i)).Append(November.AddMonths(-12));

        IndicatorRules.IsLongTermAt(months.Where(m => m != November.AddMonths(-2)), November).ShouldBeFalse();
    }

    [Fact]
    public void IsLongTermAt_DecemberIsTheCalendarYearRule()
    {
        var december = new DateOnly(2025, 12, 1);
        var tenMonthsOf2025 = Enumerable.Range(1, 10).Select(m => new DateOnly(2025, m, 1));

        IndicatorRules.IsLongTermAt(tenMonthsOf2025, december).ShouldBeTrue();
        IndicatorRules.IsLongTermAt(tenMonthsOf2025.Skip(1).Append(new DateOnly(2024, 12, 1)), december).ShouldBeFalse();
    }

    [Fact]
    public void ReceivedAidWithin_OneMonthElevenBack_Counts() =>
        IndicatorRules.ReceivedAidWithin([November.AddMonths(-11)], November).ShouldBeTrue();

    [Fact]
    public void ReceivedAidWithin_TwelveMonthsBack_DoesNotCount() =>
        IndicatorRules.ReceivedAidWithin([November.AddMonths(-12)], November).ShouldBeFalse();

    [Fact]
    public void OnAidMoreThanTenMonths_NeedsEleven()
    {
        var firstVisit = new DateOnly(2026, 11, 18);
        var eleven = Enumerable.Range(0, 11).Select(i => November.AddMonths(-i)).ToList();

        IndicatorRules.OnAidMoreThanTenMonths(eleven, firstVisit).ShouldBeTrue();
        IndicatorRules.OnAidMoreThanTenMonths(eleven.Skip(1), firstVisit).ShouldBeFalse();
    }

    [Theory]
    [InlineData(ReferralClosureReason.Employment, true)]
    [InlineData(ReferralClosureReason.SubsidisedEmployment, true)]
    [InlineData(ReferralClosureReason.Studies, true)]
    [InlineData(ReferralClosureReason.OtherIncome, false)]
    [InlineData(ReferralClosureReason.SentBack, false)]
    public void IsWorkOrStudies_CountsWorkAndStudiesOnly(ReferralClosureReason reason, bool expected) =>
        IndicatorRules.IsWorkOrStudies(reason).ShouldBe(expected);

    [Fact]
    public void WorkOrStudiesWithin_OnTheTwelveMonthMark_Counts_DayAfter_DoesNot()
    {
        var start = new DateOnly(2025, 3, 31);

        IndicatorRules.WorkOrStudiesWithin(start, new DateOnly(2026, 3, 31), ReferralClosureReason.Employment, 12).ShouldBeTrue();
        IndicatorRules.WorkOrStudiesWithin(start, new DateOnly(2026, 4, 1), ReferralClosureReason.Employment, 12).ShouldBeFalse();
        IndicatorRules.WorkOrStudiesWithin(start, null, null, 12).ShouldBeFalse();
    }

    [Fact]
    public void CohortMonths_OfATertial_AreTheSameMonthsAYearEarlier()
    {
        var cohort = IndicatorRules.CohortMonths(ReportingPeriod.ForTertial(2026, 1), 12, new DateOnly(2026, 11, 23));

        cohort.ShouldBe((new DateOnly(2025, 1, 1), new DateOnly(2025, 4, 1)));
    }

    [Fact]
    public void CohortMonths_OfTheCurrentYear_StopAtTheCurrentMonth()
    {
        var cohort = IndicatorRules.CohortMonths(ReportingPeriod.ForYear(2026), 6, new DateOnly(2026, 11, 23));

        cohort.ShouldBe((new DateOnly(2025, 7, 1), new DateOnly(2026, 5, 1)));
    }

    [Theory]
    [InlineData(659, 1000, 65.9)]
    [InlineData(1, 3, 33.3)]
    [InlineData(2, 3, 66.7)]
    public void Percent_RoundsToOneDecimal(long numerator, long denominator, double expected) =>
        IndicatorRules.Percent(numerator, denominator).ShouldBe((decimal)expected);

    [Fact]
    public void Percent_OfNobody_IsNull() => IndicatorRules.Percent(0, 0).ShouldBeNull();

    [Fact]
    public void Adults_CountsBothInACouple()
    {
        IndicatorRules.Adults(HouseholdType.Couple).ShouldBe(2);
        IndicatorRules.Adults(HouseholdType.SingleAdult).ShouldBe(1);
    }

    [Fact]
    public void MeetsTarget_LowerIsBetterForLongTermShare()
    {
        IndicatorMeasure.LongTermShareOfAdultRecipients.MeetsTarget(65.9m, 66m).ShouldBe(true);
        IndicatorMeasure.LongTermShareOfAdultRecipients.MeetsTarget(66.1m, 66m).ShouldBe(false);
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months.MeetsTarget(61.2m, 55.6m).ShouldBe(true);
        IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months.MeetsTarget(null, 55.6m).ShouldBeNull();
    }
}
