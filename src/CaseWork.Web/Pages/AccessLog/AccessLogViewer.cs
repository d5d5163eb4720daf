using System.Security.Claims;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>
/// Who may check the access log, and which part: a unit head their unit, a log checker the district the
/// administrator placed them in. The part is every entry naming an applicant of the area or made by one of its users.
/// </summary>
public sealed record AccessLogViewer(int? UnitId, int? DistrictId)
{
    public static AccessLogViewer? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = HttpCurrentUser.IntClaim(user, CaseWorkClaimTypes.UnitId);
        var district = HttpCurrentUser.IntClaim(user, CaseWorkClaimTypes.DistrictId);
        if (user.IsInRole(Roles.UnitHead) && unit is not null)
        {
            return new AccessLogViewer(unit, district);
        }

        return user.IsInRole(Roles.LogChecker) && district is not null ? new AccessLogViewer(null, district) : null;
    }
}
