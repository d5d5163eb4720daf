using System.Text.Json;
using CaseWork.Domain.WorkPlans;
using CaseWork.Benchmarks.Harness;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>Reading helpers for the raw side: the plan snapshot is the same jsonb the app maps (System.Text.Json, default options).</summary>
internal static class RawReading
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public static PlanContent? PlanContentOrNull(this NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : JsonSerializer.Deserialize<PlanContent>(reader.GetString(ordinal), Json);

    public static string? StringOrNull(this NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static T? ValueOrNull<T>(this NpgsqlDataReader reader, int ordinal)
        where T : struct => reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    public static T Enum<T>(this NpgsqlDataReader reader, int ordinal)
        where T : struct, Enum => System.Enum.Parse<T>(reader.GetString(ordinal));

    /// <summary>Adds a statement with its positional parameters to a batch: several reads in one round trip.</summary>
    public static void Add(this NpgsqlBatch batch, string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        batch.BatchCommands.Add(command);
    }

    /// <summary>
    /// Every row of one counted raw command with its positional parameters (a value, or an <see cref="NpgsqlParameter"/>
    /// when its type must be stated), as <paramref name="read"/> makes them.
    /// </summary>
    public static async Task<List<T>> ReadAllAsync<T>(
        this BenchContext context, NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = context.Command(connection, sql);
        foreach (var value in values)
        {
            command.Parameters.Add(value as NpgsqlParameter ?? new NpgsqlParameter { Value = value });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
