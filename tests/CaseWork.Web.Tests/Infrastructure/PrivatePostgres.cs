using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of its own (started with scripts/postgres.sh, as the test run's is) that a test may stop,
/// start and restart while an app uses it, without disturbing the database every other test shares.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private const string Database = "casework_faults";

    private readonly string _folder;
    private readonly string _clusterDir;
    private readonly int _port;

    private PrivatePostgres(string folder, string clusterDir, int port)
    {
        _folder = folder;
        _clusterDir = clusterDir;
        _port = port;
    }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Database={Database};Include Error Detail=true;Timeout=5";

    public static async Task<PrivatePostgres> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("casework-fault-pg.").FullName;
        var started = await ShellAsync($"chmod 755 '{folder}'; start_private_postgres '{folder}' yes >&2; echo \"$PG_DIR $PG_PORT\"");
        var parts = started.Trim().Split(' ');
        var server = new PrivatePostgres(folder, parts[0], int.Parse(parts[1], CultureInfo.InvariantCulture));
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
        await create.ExecuteNonQueryAsync();
        return server;
    }

    /// <summary>A fast restart: open sessions are cut off, as in a fail-over or a restart for an upgrade.</summary>
    public Task RestartAsync() => PgCtlAsync("-m fast -w restart");

    public Task StopAsync() => PgCtlAsync("-m fast -w stop");

    public async Task StartAgainAsync() => await ShellAsync($"start_cluster '{_clusterDir}' {_port} yes");

    /// <summary>When the server started: later after a restart.</summary>
    public async Task<string> StartedAtAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString + ";Pooling=false");
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_postmaster_start_time()::text", connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await PgCtlAsync("-m immediate -w stop", failOnError: false);
        Directory.Delete(_folder, recursive: true);
        if (_clusterDir != _folder && Directory.Exists(_clusterDir))
        {
            Directory.Delete(_clusterDir, recursive: true);
        }
    }

    private async Task PgCtlAsync(string arguments, bool failOnError = true) =>
        await ShellAsync($"pg_as_owner \"$(pg_bin_dir)/pg_ctl\" -D '{_clusterDir}/data' {arguments} >/dev/null", failOnError);

    private static async Task<string> ShellAsync(string script, bool failOnError = true)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryPaths.Root,
        };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"set -e; . scripts/postgres.sh; {script}");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (failOnError && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed ({process.ExitCode}): {await errors}");
        }

        return await output;
    }
}
