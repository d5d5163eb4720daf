using System.Globalization;

namespace CaseWork.Domain.People;

/// <summary>
/// A Swedish personnummer or samordningsnummer (day of birth + 60), always held as 12 digits YYYYMMDDNNNC.
/// </summary>
public sealed record PersonalIdentityNumber
{
    private const int CoordinationDayOffset = 60;

    private PersonalIdentityNumber(string digits, DateOnly birthDate, bool isCoordinationNumber)
    {
        Digits = digits;
        BirthDate = birthDate;
        IsCoordinationNumber = isCoordinationNumber;
    }

    /// <summary>The twelve digits, as stored.</summary>
    public string Digits { get; }

    public DateOnly BirthDate { get; }

    public bool IsCoordinationNumber { get; }

    /// <summary>Parses the forms people type: YYYYMMDD-XXXX, YYYYMMDDXXXX, YYMMDD-XXXX, YYMMDDXXXX and YYMMDD+XXXX (aged 100 or more).</summary>
    public static PersonalIdentityNumberError TryParse(string? input, DateOnly today, out PersonalIdentityNumber? result)
    {
        result = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return PersonalIdentityNumberError.Empty;
        }

        var text = input.Trim();
        var separator = text.Length is 11 or 13 ? text[^5] : '\0';
        if (separator is '-' or '+')
        {
            text = text.Remove(text.Length - 5, 1);
        }
        else if (separator != '\0')
        {
            return PersonalIdentityNumberError.Format;
        }

        if (text.Length is not (10 or 12) || !text.All(char.IsAsciiDigit))
        {
            return PersonalIdentityNumberError.Format;
        }

        if (text.Length == 12 && separator == '+')
        {
            return PersonalIdentityNumberError.Format;
        }

        var tenDigits = text.Length == 12 ? text[2..] : text;
        var month = int.Parse(tenDigits.AsSpan(2, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(tenDigits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var isCoordination = day > CoordinationDayOffset;
        var birthDay = isCoordination ? day - CoordinationDayOffset : day;

        int year;
        if (text.Length == 12)
        {
            year = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        }
        else
        {
            var shortYear = int.Parse(tenDigits.AsSpan(0, 2), CultureInfo.InvariantCulture);
            year = CenturyFor(shortYear, month, birthDay, today, agedHundredOrMore: separator == '+');
        }

        if (year < 1800 || month is < 1 or > 12 || birthDay < 1 || birthDay > DateTime.DaysInMonth(year, month))
        {
            return PersonalIdentityNumberError.InvalidDate;
        }

        if (tenDigits.AsSpan(6, 3).SequenceEqual("000"))
        {
            return PersonalIdentityNumberError.BirthNumber;
        }

        if (!HasValidCheckDigit(tenDigits))
        {
            return PersonalIdentityNumberError.CheckDigit;
        }

        var birthDate = new DateOnly(year, month, birthDay);
        if (birthDate > today)
        {
            return PersonalIdentityNumberError.FutureBirth;
        }

        var digits = year.ToString("D4", CultureInfo.InvariantCulture)[..2] + tenDigits;
        result = new PersonalIdentityNumber(digits, birthDate, isCoordination);
        return PersonalIdentityNumberError.None;
    }

    public static PersonalIdentityNumber Parse(string input, DateOnly today)
    {
        var error = TryParse(input, today, out var result);
        return error == PersonalIdentityNumberError.None
            ? result!
            : throw new FormatException($"Not a valid personal identity number: {error}.");
    }

    /// <summary>Rebuilds a number read from storage (twelve digits, already validated when it was stored).</summary>
    public static PersonalIdentityNumber FromStored(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var year = int.Parse(digits.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(digits.AsSpan(4, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(digits.AsSpan(6, 2), CultureInfo.InvariantCulture);
        var isCoordination = day > CoordinationDayOffset;
        var birthDate = new DateOnly(year, month, isCoordination ? day - CoordinationDayOffset : day);
        return new PersonalIdentityNumber(digits, birthDate, isCoordination);
    }

    /// <summary>Luhn over the ten digits YYMMDDNNNC: the last is the check digit of the nine before it.</summary>
    public static bool HasValidCheckDigit(string tenDigits)
    {
        ArgumentNullException.ThrowIfNull(tenDigits);
        return CheckDigitFor(tenDigits[..9]) == tenDigits[9] - '0';
    }

    /// <summary>The check digit that completes nine digits YYMMDDNNN.</summary>
    public static int CheckDigitFor(string nineDigits)
    {
        ArgumentNullException.ThrowIfNull(nineDigits);
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            var value = (nineDigits[i] - '0') * (i % 2 == 0 ? 2 : 1);
            sum += value > 9 ? value - 9 : value;
        }

        return (10 - (sum % 10)) % 10;
    }

    /// <summary>YYYYMMDD-NNNC: the form shown to people.</summary>
    public override string ToString() => $"{Digits[..8]}-{Digits[8..]}";

    private static int CenturyFor(int shortYear, int month, int day, DateOnly today, bool agedHundredOrMore)
    {
        // The most recent year ending in these two digits whose date has passed; '+' moves it back a century.
        var year = today.Year - ((today.Year - shortYear) % 100 + 100) % 100;
        var isValidDate = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        if (isValidDate && new DateOnly(year, month, day) > today)
        {
            year -= 100;
        }

        return agedHundredOrMore ? year - 100 : year;
    }
}
