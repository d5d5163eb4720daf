namespace CaseWork.Web.Pages.AccessLog;

/// <summary>
/// Who may check the access log, and which part: a unit head their unit, a log checker the district the
/// administrator placed them in. The part is every entry naming an applicant of the area or made by one of its users.
/// </summary>
public sealed record AccessLogViewer(int? UnitId, int? DistrictId)
{
    public static AccessLogViewer? From(ClaimsPrincipal user) =>
        Oversight.AccessLogOf(user) is { } area ? new AccessLogViewer(area.UnitId, area.DistrictId) : null;
}
