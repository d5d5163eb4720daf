using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Infrastructure.Indicators;

public static class IndicatorPersistence
{
    public static IServiceCollection AddIndicatorPersistence(this IServiceCollection services) => services
        .AddScoped<IndicatorSummaryRefresher>()
        .AddScoped<IndicatorCountsQuery>()
        .AddScoped<IndicatorCaseQueries>()
        .AddScoped<IndicatorTargetQueries>();
}
