namespace CaseWork.Web.Pages.WorkPlans;

public static class WorkPlanServices
{
    /// <summary>The quality signals' phrases and lengths come from the <c>WorkPlans</c> section, read once at start-up.</summary>
    public static IServiceCollection AddWorkPlans(this IServiceCollection services, IConfiguration configuration) =>
        services.AddSingleton(new PlanQualityRules(configuration.GetSection("WorkPlans").Get<PlanQualityOptions>() ?? new()));
}
