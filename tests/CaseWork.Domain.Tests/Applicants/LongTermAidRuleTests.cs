using CaseWork.Domain.Applicants;
using CaseWork.Domain.People;

namespace CaseWork.Domain.Tests.Applicants;

public class LongTermAidRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData(AidDecision.Granted, true)]
    [InlineData(AidDecision.Reduced, true)]
    [InlineData(AidDecision.Refused, false)]
    public void AidIsPaid_UnderAGrantedOrReducedDecision_InMemoryAndInQueries(AidDecision decision, bool paid)
    {
        var applicant = ApplicantFactory.Create();
        applicant.RecordAidMonth(2026, 10, decision, Today);
        var month = applicant.AidMonths.Single();
        var (from, to) = LongTermAidRule.WindowEndingIn(Today);

        LongTermAidRule.CountsAsAid(decision).ShouldBe(paid);
        month.AidPaid.ShouldBe(paid);
        LongTermAidRule.PaidBetween(from, to).Compile()(month).ShouldBe(paid);
        LongTermAidRule.PaidBetween(new DateOnly(2026, 11, 1), to).Compile()(month).ShouldBeFalse();
    }

    [Fact]
    public void IsLongTerm_TenOfTheLastTwelveMonths_IsLongTerm()
    {
        var applicant = ApplicantWithAid(monthsBack: Enumerable.Range(0, 10));

        applicant.IsLongTerm(Today).ShouldBeTrue();
    }

    [Fact]
    public void IsLongTerm_NineMonths_IsNot()
    {
        var applicant = ApplicantWithAid(monthsBack: Enumerable.Range(0, 9));

        applicant.IsLongTerm(Today).ShouldBeFalse();
    }

    [Fact]
    public void IsLongTerm_MonthsOlderThanTheWindow_DoNotCount()
    {
        // Months 2..11 back are inside (10 months); month 12 back is outside.
        var inside = ApplicantWithAid(monthsBack: Enumerable.Range(2, 10));
        var shifted = ApplicantWithAid(monthsBack: Enumerable.Range(3, 10));

        inside.IsLongTerm(Today).ShouldBeTrue();
        shifted.IsLongTerm(Today).ShouldBeFalse();
    }

    [Fact]
    public void IsLongTerm_RefusedMonths_DoNotCount_ReducedDo()
    {
        var applicant = ApplicantWithAid(monthsBack: Enumerable.Range(0, 10));
        applicant.RecordAidMonth(Today.Year, Today.Month, AidDecision.Refused, Today);
        applicant.IsLongTerm(Today).ShouldBeFalse();

        applicant.RecordAidMonth(Today.Year, Today.Month, AidDecision.Reduced, Today);
        applicant.IsLongTerm(Today).ShouldBeTrue();
    }

    [Fact]
    public void WindowEndingIn_SpansTwelveMonthsAcrossTheYear()
    {
        var (from, to) = LongTermAidRule.WindowEndingIn(new DateOnly(2026, 3, 15));

        from.ShouldBe(new DateOnly(2025, 4, 1));
        to.ShouldBe(new DateOnly(2026, 3, 1));
    }

    private static Applicant ApplicantWithAid(IEnumerable<int> monthsBack)
    {
        var applicant = ApplicantFactory.Create();
        foreach (var back in monthsBack)
        {
            var month = Today.AddMonths(-back);
            applicant.RecordAidMonth(month.Year, month.Month, AidDecision.Granted, Today);
        }

        return applicant;
    }
}
