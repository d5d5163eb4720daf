using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Security;
using CaseWork.Web.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaseWork.Web.Tests.Persistence;

/// <summary>
/// The reset between tests (<see cref="AppFixture.ResetAsync"/>) empties every table but the ones it is told to keep,
/// so a table added later is reset without anyone adding it to a list, and no test sees another's rows.
/// </summary>
public class TestResetTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Reset_EmptiesEveryTable_ButTheKeptOnes()
    {
        await App.AddCaseOnEveryTabAsync();
        (await RowsOutsideKeptTablesAsync()).ShouldNotBeEmpty("the arranged case wrote no row, so the reset is not tried");

        await App.ResetAsync();

        (await RowsOutsideKeptTablesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reset_WaitsForARefreshAskedFor_SoItsWritesNeitherDeadlockNorSurvive()
    {
        // "Uppdatera nu" rebuilds the summaries in the background; a reset racing it deadlocked a CI run (40P01).
        await App.AddCaseOnEveryTabAsync();
        var refresh = App.Factory.Services.GetRequiredService<SummaryRefreshSignal>();

        refresh.Request();
        await App.ResetAsync();

        refresh.Pending.ShouldBeFalse("the reset returned while the refresh asked for was still writing");
        (await RowsOutsideKeptTablesAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task EveryKeptTable_Exists()
    {
        var tables = await TablesAsync();

        AppFixture.KeptTables.Except(tables).ShouldBeEmpty("a kept table that no longer exists: rename it in AppFixture.KeptTables");
    }

    private static async Task<List<string>> RowsOutsideKeptTablesAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var left = new List<string>();
        foreach (var table in (await TablesAsync()).Except(AppFixture.KeptTables))
        {
            await using var count = new NpgsqlCommand($"select count(*) from \"{table}\"", connection);
            if ((long)(await count.ExecuteScalarAsync())! is var rows and > 0)
            {
                left.Add($"{table}: {rows}");
            }
        }

        return left;
    }

    private static async Task<List<string>> TablesAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var tables = new List<string>();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
