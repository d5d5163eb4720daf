using System.Globalization;
using System.Text.RegularExpressions;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>The WCAG contrast ratio of two colours as the browser computes them ("rgb(…)" or "rgba(…)").</summary>
public static partial class ContrastRatio
{
    public static double Between(string computedColour, string otherComputedColour)
    {
        var (first, second) = (RelativeLuminance(computedColour), RelativeLuminance(otherComputedColour));
        return (Math.Max(first, second) + 0.05) / (Math.Min(first, second) + 0.05);
    }

    /// <summary>WCAG 2.1's relative luminance of an opaque sRGB colour.</summary>
    public static double RelativeLuminance(string computedColour)
    {
        var match = RgbPattern().Match(computedColour);
        if (!match.Success)
        {
            throw new FormatException($"Not a computed rgb() colour: {computedColour}");
        }

        if (match.Groups["alpha"].Success && double.Parse(match.Groups["alpha"].Value, CultureInfo.InvariantCulture) < 1)
        {
            throw new FormatException($"A translucent colour has no contrast of its own: {computedColour}");
        }

        double Channel(string name)
        {
            var value = double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) / 255;
            return value <= 0.04045 ? value / 12.92 : Math.Pow((value + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel("red")) + (0.7152 * Channel("green")) + (0.0722 * Channel("blue"));
    }

    [GeneratedRegex(@"^rgba?\((?<red>[\d.]+),\s*(?<green>[\d.]+),\s*(?<blue>[\d.]+)(?:,\s*(?<alpha>[\d.]+))?\)$")]
    private static partial Regex RgbPattern();
}
