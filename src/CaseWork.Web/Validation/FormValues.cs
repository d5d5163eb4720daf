namespace CaseWork.Web.Validation;

/// <summary>
/// The one reader of dates, months and counts as forms send them: ISO dates (yyyy-MM-dd, what &lt;input type=date&gt;
/// posts), months as yyyy-MM from 2000 on (what &lt;input type=month&gt; posts), whole numbers without sign or
/// separators. Surrounding spaces are ignored; anything else is not a value (null), and the validator says so.
/// </summary>
public static class FormValues
{
    public const string DateFormat = "yyyy-MM-dd";
    public const string MonthFormat = "yyyy-MM";

    /// <summary>The earliest month a form takes: an earlier one is a typo in every CaseWork form.</summary>
    public const int FirstYear = 2000;

    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsDate(string? value) => Date(value) is not null;

    public static bool IsEmptyOrDate(string? value) => string.IsNullOrWhiteSpace(value) || IsDate(value);

    /// <summary>The first day of the month.</summary>
    public static DateOnly? Month(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), MonthFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Year >= FirstYear
            ? month
            : null;

    public static int? Count(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? count : null;

    /// <summary>A whole number that may carry a sign, for a form that explains a negative one itself.</summary>
    public static int? Whole(string? value) =>
        int.TryParse(value?.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A number of days in one month: 0 to 31.</summary>
    public static int? Days(string? value) => Count(value) is { } days && days <= 31 ? days : null;

    /// <summary>
    /// One of an enum's named values, as a select or a link sends it (a GET filter too): the name, exactly; a number or
    /// an unknown name is no value.
    /// </summary>
    public static TEnum? Choice<TEnum>(string? value)
        where TEnum : struct, Enum =>
        value?.Trim() is { Length: > 0 } name && char.IsLetter(name[0]) && Enum.TryParse<TEnum>(name, ignoreCase: false, out var choice) && Enum.IsDefined(choice)
            ? choice
            : null;

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string FormatMonth(DateOnly month) => month.ToString(MonthFormat, CultureInfo.InvariantCulture);
}
