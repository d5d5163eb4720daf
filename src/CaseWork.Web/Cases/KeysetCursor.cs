using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseWork.Web.Cases;

/// <summary>
/// The one encoding of a list's position for keyset paging: the key's fields, invariant text, joined and carried in
/// the URL as base64url. A cursor that was mangled reads as none, so the list starts from the top.
/// </summary>
public static class KeysetCursor
{
    public const string DateFormat = "yyyyMMdd";

    public static string Encode(params string[] fields) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(string.Join('\n', fields)));

    public static string Field(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static string Field(Guid id) => id.ToString("N");

    /// <summary>The fields, when <paramref name="value"/> holds exactly <paramref name="count"/>; otherwise null.</summary>
    public static string[]? Decode(string? value, int count)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var fields = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value)).Split('\n');
            return fields.Length == count ? fields : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool TryDate(string field, out DateOnly date) =>
        DateOnly.TryParseExact(field, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryId(string field, out Guid id) => Guid.TryParseExact(field, "N", out id);
}
