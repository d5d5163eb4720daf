using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>A position in the list's order (last name, first name, id), carried in the URL for keyset paging.</summary>
public sealed record ApplicantListCursor(string LastName, string FirstName, Guid Id)
{
    public string Encode() => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes($"{Id:N}\n{LastName}\n{FirstName}"));

    public static ApplicantListCursor? Decode(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(value)).Split('\n');
            return parts.Length == 3 && Guid.TryParseExact(parts[0], "N", out var id)
                ? new ApplicantListCursor(parts[1], parts[2], id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
