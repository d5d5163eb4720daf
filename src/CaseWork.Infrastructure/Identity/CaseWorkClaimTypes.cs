namespace CaseWork.Infrastructure.Identity;

public static class CaseWorkClaimTypes
{
    public const string UnitId = "casework:unit";
    public const string DistrictId = "casework:district";
    public const string DisplayName = "casework:name";

    public const string JobCentreId = "casework:job_centre";

    /// <summary>Present when the user has an authenticator set up; turning it on or off changes the security stamp.</summary>
    public const string TwoFactorEnabled = "casework:2fa";
}
