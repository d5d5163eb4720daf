using Npgsql;

namespace CaseWork.Web.Tests.Persistence;

/// <summary>
/// The bundled cluster (scripts/postgres.sh, which scripts/test and scripts/run use) writes errors to its log without
/// their DETAIL, which for a duplicate key names the key's value: a personnummer, in full.
/// </summary>
public class ServerLogSettingsTests
{
    [Fact]
    public async Task TheBundledCluster_LogsErrorsTersely()
    {
        await using var connection = new NpgsqlConnection(Infrastructure.TestDatabase.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SHOW log_error_verbosity", connection);

        ((string?)await command.ExecuteScalarAsync()).ShouldBe("terse");
    }
}
