namespace CaseWork.Web.Pages.Applicants;

public static class ApplicantServices
{
    public static IServiceCollection AddApplicants(this IServiceCollection services) => services.AddScoped<UnitWorkersQuery>();
}
