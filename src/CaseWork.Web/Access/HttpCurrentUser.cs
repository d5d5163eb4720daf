using CaseWork.Infrastructure.Access;

namespace CaseWork.Web.Access;

/// <summary>The signed-in user, read from the authentication cookie's claims.</summary>
public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private AccessScope? _scope;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public string? UserId => Principal?.FindFirstValue(ClaimTypes.NameIdentifier);

    public string UserName => Principal?.Identity?.Name ?? "anonymous";

    public AccessScope Scope => _scope ??= Principal is null ? AccessScope.None : ScopeOf(Principal);

    public static AccessScope ScopeOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return principal.Identity?.IsAuthenticated == true
            ? AccessScope.For(
                principal.FindAll(ClaimTypes.Role).Select(c => c.Value),
                IntClaim(principal, CaseWorkClaimTypes.UnitId),
                IntClaim(principal, CaseWorkClaimTypes.DistrictId),
                IntClaim(principal, CaseWorkClaimTypes.JobCentreId))
            : AccessScope.None;
    }

    public static int? IntClaim(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), out var value) ? value : null;
}
