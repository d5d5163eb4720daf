using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.FollowUps;
using CaseWork.Infrastructure.Indicators;
using CaseWork.Infrastructure.Retention;
using CaseWork.Infrastructure.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Infrastructure;

public static class PersistenceServices
{
    public const string ConnectionStringName = "CaseWork";

    /// <summary>The connection string is read when the first context is made, so hosts (and tests) can set it late.</summary>
    public static IServiceCollection AddCaseWorkPersistence(this IServiceCollection services)
    {
        services.AddDbContext<CaseWorkDbContext>((provider, options) =>
        {
            var configuration = provider.GetRequiredService<IConfiguration>();
            Configure(
                options,
                configuration.GetConnectionString(ConnectionStringName)
                    ?? throw new InvalidOperationException(
                        "No database: set ConnectionStrings__CaseWork, or start the app with scripts/run, which starts a local PostgreSQL."),
                TimeSpan.FromSeconds(configuration.GetValue("Database:MaxRetryDelaySeconds", DefaultMaxRetryDelaySeconds)));
        });
        services.AddScoped<AuditLog>();
        services.AddScoped<ReadPurposes>();
        services.AddScoped<IAttendanceReports, AttendanceReportsInDatabase>();
        services.AddScoped<Referrals.ResursPlaceService>();
        services.AddIndicatorPersistence();
        services.AddRetentionPersistence();
        services.AddScoped<Records.RecordExtractQuery>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<LargeDataSeeder>();
        services.AddSingleton(Domain.Calendar.SwedishTime.Clock);
        return services;
    }

    public const int DefaultMaxRetryDelaySeconds = 10;

    public static void Configure(DbContextOptionsBuilder options, string connectionString, TimeSpan? maxRetryDelay = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        options
            .UseNpgsql(connectionString, npgsql => npgsql
                // A restart or fail-over of PostgreSQL takes seconds: three retries, backing off (up to 10 s apart), ride it out.
                .EnableRetryOnFailure(3, maxRetryDelay ?? TimeSpan.FromSeconds(DefaultMaxRetryDelaySeconds), DatabaseOutage.RestartSqlStates.ToList())
                // A plan's versions and agreements are few and small: one round trip beats split queries.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention();
    }
}
