namespace CaseWork.Web.Retention;

public static class RetentionServices
{
    /// <summary>The nightly retention run; the dry-run list and the run log are the pages under Admin/Retention.</summary>
    public static IServiceCollection AddRetention(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddHostedService<RetentionService>();
        return services;
    }
}
