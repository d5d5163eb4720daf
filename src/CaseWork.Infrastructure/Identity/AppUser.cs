using Microsoft.AspNetCore.Identity;

namespace CaseWork.Infrastructure.Identity;

/// <summary>A person who signs in. Placed in a unit (social workers, unit heads, coaches), a district (managers) or the city (administrators).</summary>
public class AppUser : IdentityUser
{
    public const int MaxDisplayNameLength = 100;

    public string DisplayName { get; set; } = string.Empty;

    public int? DistrictId { get; set; }

    public int? UnitId { get; set; }

    public int? GroupId { get; set; }

    public bool IsActive { get; set; } = true;
}
