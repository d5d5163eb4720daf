using CaseWork.Domain.People;

namespace CaseWork.Domain.Tests.People;

public class PersonalIdentityNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Theory]
    [InlineData("19811218-9876")]
    [InlineData("198112189876")]
    [InlineData("811218-9876")]
    [InlineData("8112189876")]
    [InlineData(" 19811218-9876 ")]
    public void TryParse_AcceptedForms_StoreTwelveDigits(string input)
    {
        var error = PersonalIdentityNumber.TryParse(input, Today, out var pin);

        error.ShouldBe(PersonalIdentityNumberError.None);
        pin!.Digits.ShouldBe("198112189876");
        pin.BirthDate.ShouldBe(new DateOnly(1981, 12, 18));
        pin.ToString().ShouldBe("19811218-9876");
    }

    [Fact]
    public void TryParse_PlusSign_MeansHundredYearsOrOlder()
    {
        var error = PersonalIdentityNumber.TryParse("121212+1212", Today, out var pin);

        error.ShouldBe(PersonalIdentityNumberError.None);
        pin!.Digits.ShouldBe("191212121212");
    }

    [Fact]
    public void TryParse_ShortYearWithHyphen_PicksTheCenturyThatIsNotInTheFuture()
    {
        PersonalIdentityNumber.TryParse("121212-1212", Today, out var pin).ShouldBe(PersonalIdentityNumberError.None);
        pin!.Digits.ShouldBe("201212121212");
    }

    [Fact]
    public void TryParse_ShortYearWhoseDateIsLaterThisCenturyYear_FallsBackACentury()
    {
        // 27 would be 2027, which has not happened yet on Today.
        var nine = "270101123";
        var digits = nine + PersonalIdentityNumber.CheckDigitFor(nine);

        PersonalIdentityNumber.TryParse(digits, Today, out var pin).ShouldBe(PersonalIdentityNumberError.None);
        pin!.BirthDate.Year.ShouldBe(1927);
    }

    [Fact]
    public void TryParse_CoordinationNumber_AcceptsDayPlusSixty()
    {
        var nine = "810278123"; // 1981-02-18 as samordningsnummer (18 + 60)
        var input = "19" + nine + PersonalIdentityNumber.CheckDigitFor(nine);

        var error = PersonalIdentityNumber.TryParse(input, Today, out var pin);

        error.ShouldBe(PersonalIdentityNumberError.None);
        pin!.IsCoordinationNumber.ShouldBeTrue();
        pin.BirthDate.ShouldBe(new DateOnly(1981, 2, 18));
    }

    [Theory]
    [InlineData("201509160006")]
    [InlineData("150916-0006")]
    public void TryParse_BirthNumber000_IsRefused_ForItIsNeverIssued(string input)
    {
        // 201509160006 has a correct check digit, but birth numbers run from 001: 000 belongs to no one.
        PersonalIdentityNumber.TryParse(input, Today, out var pin).ShouldBe(PersonalIdentityNumberError.BirthNumber);
        pin.ShouldBeNull();
    }

    [Theory]
    [InlineData("19811218-9875", PersonalIdentityNumberError.CheckDigit)]
    [InlineData("19811318-9876", PersonalIdentityNumberError.InvalidDate)]
    [InlineData("19810230-1234", PersonalIdentityNumberError.InvalidDate)]
    [InlineData("19810292-1234", PersonalIdentityNumberError.InvalidDate)]
    [InlineData("1981121-89876", PersonalIdentityNumberError.Format)]
    [InlineData("abc", PersonalIdentityNumberError.Format)]
    [InlineData("<script>", PersonalIdentityNumberError.Format)]
    [InlineData("19811218+9876", PersonalIdentityNumberError.Format)]
    [InlineData("", PersonalIdentityNumberError.Empty)]
    [InlineData("   ", PersonalIdentityNumberError.Empty)]
    [InlineData(null, PersonalIdentityNumberError.Empty)]
    public void TryParse_BadInput_SaysWhatIsWrong(string? input, PersonalIdentityNumberError expected)
    {
        PersonalIdentityNumber.TryParse(input, Today, out var pin).ShouldBe(expected);
        pin.ShouldBeNull();
    }

    [Fact]
    public void TryParse_LeapDay_AcceptedOnlyInLeapYears()
    {
        var leap = "000229123";
        PersonalIdentityNumber.TryParse("20" + leap + PersonalIdentityNumber.CheckDigitFor(leap), Today, out _)
            .ShouldBe(PersonalIdentityNumberError.None);

        var notLeap = "010229123";
        PersonalIdentityNumber.TryParse("20" + notLeap + PersonalIdentityNumber.CheckDigitFor(notLeap), Today, out _)
            .ShouldBe(PersonalIdentityNumberError.InvalidDate);
    }

    [Fact]
    public void TryParse_BirthAfterToday_IsRefused()
    {
        var nine = "261224123";
        PersonalIdentityNumber.TryParse("20" + nine + PersonalIdentityNumber.CheckDigitFor(nine), Today, out _)
            .ShouldBe(PersonalIdentityNumberError.FutureBirth);
    }

    [Fact]
    public void FromStored_RoundTripsTheDigits()
    {
        var pin = PersonalIdentityNumber.FromStored("198112189876");

        pin.BirthDate.ShouldBe(new DateOnly(1981, 12, 18));
        pin.ShouldBe(PersonalIdentityNumber.Parse("811218-9876", Today));
    }

    [Theory]
    [InlineData("811218987", 6)]
    [InlineData("121212121", 2)]
    public void CheckDigitFor_ComputesLuhn(string nine, int expected) =>
        PersonalIdentityNumber.CheckDigitFor(nine).ShouldBe(expected);
}
