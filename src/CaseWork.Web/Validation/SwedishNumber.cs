namespace CaseWork.Web.Validation;

/// <summary>Numbers as people type them in Swedish forms: "65,9" and "65.9" alike, "28 900" with a space between thousands.</summary>
public static class SwedishNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var normalized = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())
            .Replace('\u2212', '-') // the minus sign Word and some keyboards give
            .Replace(',', '.')
            .TrimEnd('%');
        return normalized.Count(c => c == '.') <= 1
            && decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>How a value is shown in a field: no thousands separator, so it parses back as typed.</summary>
    public static string ForField(decimal value) => value.ToString("0.#", CultureInfo.CurrentCulture);
}
