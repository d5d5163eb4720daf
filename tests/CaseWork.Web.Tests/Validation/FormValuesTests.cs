using CaseWork.Web.Validation;

namespace CaseWork.Web.Tests.Validation;

public class FormValuesTests
{
    [Theory]
    [InlineData("2026-11-03", 2026, 11, 3)]
    [InlineData(" 2026-11-03 ", 2026, 11, 3)]
    [InlineData("1999-12-31", 1999, 12, 31)]
    public void Date_IsoDate_IsRead(string text, int year, int month, int day) =>
        FormValues.Date(text).ShouldBe(new DateOnly(year, month, day));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("2026-11-31")]
    [InlineData("2026-1-3")]
    [InlineData("3/11/2026")]
    [InlineData("2026-11-03T00:00")]
    [InlineData("20261103")]
    [InlineData("2026-11")]
    public void Date_AnythingButAnIsoDate_IsNoDate(string? text)
    {
        FormValues.Date(text).ShouldBeNull();
        FormValues.IsDate(text).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(" ", true)]
    [InlineData("2026-11-03", true)]
    [InlineData("03-11-2026", false)]
    public void IsEmptyOrDate_EmptyIsAllowed(string? text, bool expected) => FormValues.IsEmptyOrDate(text).ShouldBe(expected);

    [Theory]
    [InlineData("2026-11", 2026, 11)]
    [InlineData(" 2000-01 ", 2000, 1)]
    public void Month_YearAndMonth_IsTheFirstOfTheMonth(string text, int year, int month) =>
        FormValues.Month(text).ShouldBe(new DateOnly(year, month, 1));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-11-01")]
    [InlineData("11/2026")]
    [InlineData("1999-12")]
    [InlineData("0026-11")]
    public void Month_AnythingElse_OrBefore2000_IsNoMonth(string? text) => FormValues.Month(text).ShouldBeNull();

    [Theory]
    [InlineData("0", 0)]
    [InlineData(" 12 ", 12)]
    [InlineData("365", 365)]
    public void Count_WholeNumber_IsRead(string text, int expected) => FormValues.Count(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("1,5")]
    [InlineData("1 000")]
    public void Count_SignsAndSeparators_AreNoCount(string? text) => FormValues.Count(text).ShouldBeNull();

    [Theory]
    [InlineData("31", 31)]
    [InlineData("0", 0)]
    public void Days_ZeroToThirtyOne_AreRead(string text, int expected) => FormValues.Days(text).ShouldBe(expected);

    [Fact]
    public void Days_MoreThanAMonthHolds_IsNoDays() => FormValues.Days("32").ShouldBeNull();

    [Theory]
    [InlineData("18", 18)]
    [InlineData(" -3 ", -3)]
    [InlineData("+5", 5)]
    public void Whole_SignedWholeNumber_IsRead(string text, int expected) => FormValues.Whole(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("arton")]
    [InlineData("1.5")]
    [InlineData("1 000")]
    public void Whole_AnythingElse_IsNoNumber(string? text) => FormValues.Whole(text).ShouldBeNull();

    [Fact]
    public void Format_WritesWhatDateAndMonthRead()
    {
        var day = new DateOnly(2026, 2, 7);
        FormValues.Date(FormValues.Format(day)).ShouldBe(day);
        FormValues.Month(FormValues.FormatMonth(day)).ShouldBe(new DateOnly(2026, 2, 1));
    }

    [Theory]
    [InlineData("MonthlyCheck", CaseWork.Domain.Due.DueGroup.MonthlyCheck)]
    [InlineData(" ReferralDeadline ", CaseWork.Domain.Due.DueGroup.ReferralDeadline)]
    public void Choice_AName_IsRead(string text, CaseWork.Domain.Due.DueGroup expected) => FormValues.Choice<CaseWork.Domain.Due.DueGroup>(text).ShouldBe(expected);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("99")]
    [InlineData("monthlycheck")]
    [InlineData("Everything")]
    public void Choice_ANumberOrAnUnknownName_IsNoChoice(string? text) => FormValues.Choice<CaseWork.Domain.Due.DueGroup>(text).ShouldBeNull();
}
