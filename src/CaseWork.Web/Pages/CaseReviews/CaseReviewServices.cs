using CaseWork.Infrastructure.CaseReviews;

namespace CaseWork.Web.Pages.CaseReviews;

public static class CaseReviewServices
{
    public static IServiceCollection AddCaseReviews(this IServiceCollection services) => services
        .AddScoped<ReviewGate>()
        .AddScoped<ReviewWorkersQuery>()
        .AddScoped<ReviewOverviewQuery>()
        .AddScoped<ReviewCasesQuery>()
        .AddScoped<ReviewCaseFactsQuery>()
        .AddScoped<OpenReviewActionsQuery>()
        .AddScoped<ReviewOpening>();
}
