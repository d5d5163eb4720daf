using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Infrastructure.Retention;

public static class RetentionPersistence
{
    public static IServiceCollection AddRetentionPersistence(this IServiceCollection services) => services
        .AddScoped<RetentionCandidates>()
        .AddScoped<PersonDeletion>()
        .AddScoped<RetentionRunner>();
}
