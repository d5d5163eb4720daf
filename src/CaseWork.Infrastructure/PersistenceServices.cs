using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Infrastructure;

public static class PersistenceServices
{
    public static IServiceCollection AddCaseWorkPersistence(this IServiceCollection services, string connectionString)
    {
        services.AddDbContext<CaseWorkDbContext>(options => Configure(options, connectionString));
        services.AddScoped<AuditLog>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<LargeDataSeeder>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseNpgsql(connectionString, npgsql => npgsql.EnableRetryOnFailure(3))
            .UseSnakeCaseNamingConvention();
    }
}
