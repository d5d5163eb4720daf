namespace CaseWork.Web.Pages.AccessLog;

public static class AccessLogServices
{
    public static IServiceCollection AddAccessLog(this IServiceCollection services) => services.AddScoped<AccessLogQuery>();
}
