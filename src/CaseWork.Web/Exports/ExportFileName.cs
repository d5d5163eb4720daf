using System.Text;

namespace CaseWork.Web.Exports;

/// <summary>File names that survive every browser, mail client and file system: "indikator-2-spanga-tensta-2026".</summary>
public static class ExportFileName
{
    private const int MaxLength = 100;

    /// <summary>The parts in lower case, ASCII letters and digits only (å → a, ö → o), joined by single hyphens.</summary>
    public static string For(params object[] parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var text = string.Join('-', parts.Select(p => Convert.ToString(p, CultureInfo.InvariantCulture)))
            .ToLowerInvariant()
            .Replace("æ", "ae", StringComparison.Ordinal)
            .Replace("ø", "o", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var name = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var result = name.ToString().TrimEnd('-');
        result = result.Length > MaxLength ? result[..MaxLength].TrimEnd('-') : result;
        return result.Length == 0 ? "export" : result;
    }
}
