using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Access;

/// <summary>
/// Whose unsaved text the browser keeps: site.js keys every draft by this value, so the next worker on the same
/// computer is never offered the previous one's text. It is a hash of the user's security stamp, a random value held
/// per user: opaque, never the user's name or id, and new when the stamp changes (a new password, two-step
/// verification turned on or off), which leaves older drafts unoffered until they expire.
/// </summary>
public static class DraftOwner
{
    private static readonly string StampClaimType = new ClaimsIdentityOptions().SecurityStampClaimType;

    /// <summary>The signed-in user's draft owner, or null (no drafts are kept) when there is no stamp to derive it from.</summary>
    public static string? Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || user.FindFirst(StampClaimType)?.Value is not { Length: > 0 } stamp)
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("CaseWork.DraftOwner:" + stamp));
        return Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
    }
}
