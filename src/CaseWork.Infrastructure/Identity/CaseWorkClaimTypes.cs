namespace CaseWork.Infrastructure.Identity;

public static class CaseWorkClaimTypes
{
    public const string UnitId = "casework:unit";
    public const string DistrictId = "casework:district";
    public const string DisplayName = "casework:name";

    public const string JobCentreId = "casework:job_centre";
}
