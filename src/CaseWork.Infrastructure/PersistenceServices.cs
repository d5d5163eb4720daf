using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.FollowUps;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Infrastructure;

public static class PersistenceServices
{
    public const string ConnectionStringName = "CaseWork";

    /// <summary>The connection string is read when the first context is made, so hosts (and tests) can set it late.</summary>
    public static IServiceCollection AddCaseWorkPersistence(this IServiceCollection services)
    {
        services.AddDbContext<CaseWorkDbContext>((provider, options) => Configure(
            options,
            provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName)
                ?? throw new InvalidOperationException(
                    "No database: set ConnectionStrings__CaseWork, or start the app with scripts/run, which starts a local PostgreSQL.")));
        services.AddScoped<AuditLog>();
        services.AddScoped<IAttendanceReports, AttendanceReportsInDatabase>();
        services.AddScoped<Referrals.ResursPlaceService>();
        services.AddScoped<Referrals.CoachParticipantQueries>();
        services.AddScoped<Indicators.IndicatorSummaryRefresher>();
        services.AddScoped<Indicators.IndicatorCountsQuery>();
        services.AddScoped<Indicators.IndicatorCaseQueries>();
        services.AddScoped<Indicators.IndicatorTargetQueries>();
        services.AddScoped<Retention.RetentionCandidates>();
        services.AddScoped<Retention.PersonDeletion>();
        services.AddScoped<Retention.RetentionRunner>();
        services.AddScoped<Records.RecordExtractQuery>();
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
            .UseNpgsql(connectionString, npgsql => npgsql
                .EnableRetryOnFailure(3)
                // A plan's versions and agreements are few and small: one round trip beats split queries.
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SingleQuery))
            .UseSnakeCaseNamingConvention();
    }
}
