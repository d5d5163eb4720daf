namespace CaseWork.Web.Access;

/// <summary>The unit or district a user oversees, read from their role and place claims.</summary>
public readonly record struct OverseenArea(int? UnitId, int? DistrictId);

/// <summary>
/// Who oversees which area: the rule behind the <see cref="Policies.CheckAccessLog"/> and
/// <see cref="Policies.ViewIndicators"/> policies, and the area those pages then show.
/// </summary>
public static class Oversight
{
    /// <summary>The access log: a unit head their unit (with its district), a log checker the district they are placed in.</summary>
    public static OverseenArea? AccessLogOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = HttpCurrentUser.IntClaim(user, CaseWorkClaimTypes.UnitId);
        var district = HttpCurrentUser.IntClaim(user, CaseWorkClaimTypes.DistrictId);
        if (user.IsInRole(Roles.UnitHead) && unit is not null)
        {
            return new OverseenArea(unit, district);
        }

        return user.IsInRole(Roles.LogChecker) && district is not null ? new OverseenArea(null, district) : null;
    }

    /// <summary>The dashboards: a unit head their unit, a manager their district.</summary>
    public static OverseenArea? IndicatorsOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var scope = HttpCurrentUser.ScopeOf(user);
        if (user.IsInRole(Roles.UnitHead) && scope.UnitId is { } unit)
        {
            return new OverseenArea(unit, null);
        }

        return user.IsInRole(Roles.Manager) && scope.DistrictId is { } district ? new OverseenArea(null, district) : null;
    }
}
