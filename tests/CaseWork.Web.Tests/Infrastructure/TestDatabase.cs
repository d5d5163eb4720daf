using CaseWork.Infrastructure.Access;
using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>The PostgreSQL server that scripts/test started (CASEWORK_TEST_CONNECTION); this run gets a fresh database on it.</summary>
public static class TestDatabase
{
    public const string Name = "casework_tests";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CASEWORK_TEST_CONNECTION")
        ?? throw new InvalidOperationException(
            "CASEWORK_TEST_CONNECTION is not set. Run the tests with scripts/test, which starts a private PostgreSQL.");

    public static string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = Name }.ConnectionString;

    public static async Task RecreateAsync()
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = "postgres" }.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS {Name} WITH (FORCE); CREATE DATABASE {Name};";
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// A context on <paramref name="connectionString"/> configured as the app configures its own, with no user scope
    /// unless one is given; <paramref name="configure"/> adds to it (an interceptor, a shorter retry delay).
    /// </summary>
    public static CaseWorkDbContext NewContext(
        string connectionString, ICurrentUser? user = null, TimeSpan? maxRetryDelay = null, Action<DbContextOptionsBuilder<CaseWorkDbContext>>? configure = null)
    {
        var options = new DbContextOptionsBuilder<CaseWorkDbContext>();
        CaseWork.Infrastructure.PersistenceServices.Configure(options, connectionString, maxRetryDelay);
        configure?.Invoke(options);
        return new CaseWorkDbContext(options.Options, user ?? new SystemUser());
    }
}
