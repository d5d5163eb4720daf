namespace CaseWork.Web.Pages.Jobbtorg;

public static class JobbtorgServices
{
    public static IServiceCollection AddJobbtorg(this IServiceCollection services) => services.AddScoped<CoachParticipantQuery>();
}
