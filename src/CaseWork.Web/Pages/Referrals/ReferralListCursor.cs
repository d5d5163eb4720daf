using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>A position in the referral list's order (sent date, id; newest first), carried in the URL for keyset paging.</summary>
public sealed record ReferralListCursor(DateOnly SentOn, Guid Id)
{
    private const string DateFormat = "yyyyMMdd";

    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{SentOn.ToString(DateFormat, CultureInfo.InvariantCulture)}\n{Id:N}"));

    public static ReferralListCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value)).Split('\n');
            return parts.Length == 2
                && DateOnly.TryParseExact(parts[0], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sentOn)
                && Guid.TryParseExact(parts[1], "N", out var id)
                ? new ReferralListCursor(sentOn, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
