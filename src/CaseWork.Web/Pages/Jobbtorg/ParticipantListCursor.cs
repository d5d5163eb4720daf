using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>A position in the participant list's order (open before closed, newest referral first, id), for keyset paging.</summary>
public sealed record ParticipantListCursor(bool Closed, DateOnly SentOn, Guid Id)
{
    private const string DateFormat = "yyyy-MM-dd";

    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(
        $"{(Closed ? 1 : 0)}\n{SentOn.ToString(DateFormat, CultureInfo.InvariantCulture)}\n{Id:N}"));

    public static ParticipantListCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value)).Split('\n');
            return parts.Length == 3
                && parts[0] is "0" or "1"
                && DateOnly.TryParseExact(parts[1], DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var sentOn)
                && Guid.TryParseExact(parts[2], "N", out var id)
                ? new ParticipantListCursor(parts[0] == "1", sentOn, id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
