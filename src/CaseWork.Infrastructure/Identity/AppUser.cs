using Microsoft.AspNetCore.Identity;

namespace CaseWork.Infrastructure.Identity;

/// <summary>A person who signs in. Placed in a unit (social workers, unit heads), a district (managers), a Jobbtorg (coaches) or the city (administrators).</summary>
public class AppUser : IdentityUser
{
    public const int MaxDisplayNameLength = 100;

    /// <summary>The length of a column that names a user by id (an author, an owner, a signer), wherever it stands.</summary>
    public const int MaxIdLength = 450;

    public string DisplayName { get; set; } = string.Empty;

    public int? DistrictId { get; set; }

    public int? UnitId { get; set; }

    public int? GroupId { get; set; }

    /// <summary>The Jobbtorg a coach works at.</summary>
    public int? JobCentreId { get; set; }

    public bool IsActive { get; set; } = true;
}
