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
}
