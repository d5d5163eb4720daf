namespace CaseWork.Web.Pages.Due;

public static class DueListServices
{
    public static IServiceCollection AddDueList(this IServiceCollection services) =>
        services.AddScoped<DueFactsQuery>().AddScoped<DueListQuery>();
}
