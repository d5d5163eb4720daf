namespace CaseWork.Web.Pages.Admin.Users;

public class UserInput
{
    /// <summary>The form as the user is now.</summary>
    public static UserInput From(AppUser user, string? role)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new UserInput
        {
            UserName = user.UserName,
            DisplayName = user.DisplayName,
            Role = role,
            UnitId = user.UnitId?.ToString(CultureInfo.InvariantCulture),
            DistrictId = user.DistrictId?.ToString(CultureInfo.InvariantCulture),
            GroupId = user.GroupId?.ToString(CultureInfo.InvariantCulture),
            JobCentreId = user.JobCentreId?.ToString(CultureInfo.InvariantCulture),
        };
    }

    [Display(Name = "User name")]
    public string? UserName { get; set; }

    [Display(Name = "Name")]
    public string? DisplayName { get; set; }

    [Display(Name = "Role")]
    public string? Role { get; set; }

    /// <summary>For social workers and unit heads.</summary>
    [Display(Name = "Unit")]
    public string? UnitId { get; set; }

    /// <summary>Optional: a group within the unit (mottagning, utredning …).</summary>
    [Display(Name = "Group")]
    public string? GroupId { get; set; }

    /// <summary>For managers.</summary>
    [Display(Name = "District")]
    public string? DistrictId { get; set; }

    /// <summary>For Jobbtorg coaches.</summary>
    [Display(Name = "Jobbtorg")]
    public string? JobCentreId { get; set; }
}
