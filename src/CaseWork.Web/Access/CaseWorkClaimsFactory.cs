using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Access;

/// <summary>Puts the user's place in the organisation into the cookie, so that scoping needs no query.</summary>
public sealed class CaseWorkClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CaseWorkClaimTypes.DisplayName, user.DisplayName));
        if (user.UnitId is { } unit)
        {
            identity.AddClaim(new Claim(CaseWorkClaimTypes.UnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.DistrictId is { } district)
        {
            identity.AddClaim(new Claim(CaseWorkClaimTypes.DistrictId, district.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.JobCentreId is { } jobCentre)
        {
            identity.AddClaim(new Claim(CaseWorkClaimTypes.JobCentreId, jobCentre.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(CaseWorkClaimTypes.TwoFactorEnabled, "true"));
        }

        return identity;
    }
}
