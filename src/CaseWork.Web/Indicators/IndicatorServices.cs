using CaseWork.Web.Pages.Indicators;

namespace CaseWork.Web.Indicators;

public static class IndicatorServices
{
    /// <summary>The dashboards' reads, and the summary tables' refresh at start, on a timer and on demand.</summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IndicatorReportQuery>();
        services.Configure<IndicatorOptions>(configuration.GetSection(IndicatorOptions.Section));
        services.AddSingleton<SummaryRefreshSignal>();
        services.AddHostedService<SummaryRefreshService>();
        return services;
    }
}
