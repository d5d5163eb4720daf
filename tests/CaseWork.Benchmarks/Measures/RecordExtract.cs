using System.Text.Json;
using CaseWork.Benchmarks.Harness;
using CaseWork.Infrastructure.Records;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The record extract (/Admin/Records/{id}, and its JSON file) of a person of the unit, a different one each iteration:
/// <see cref="RecordExtractQuery.ReadAsync"/>, every row of every table of the person's file and the access log naming
/// them in one statement, then the names of the users and places the rows refer to. Raw: the same extract statement on
/// a bare Npgsql connection (the names' lookup, a second statement over a few keys, is the app's only).
/// </summary>
public sealed class RecordExtract : Measure
{
    private List<Guid> _people = [];

    public override string Name => "Record extract";

    public override string Description =>
        "/Admin/Records/{id} (registerutdrag, print and JSON file) for a person of the unit, a different one each iteration " +
        "(RecordExtractQuery.ReadAsync: the file's rows and access log in one statement, then the names). Raw: the extract statement.";

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _people = await context.SampleOfUnitAsync("id", r => r.GetGuid(0), cancellationToken);
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext();
        var extract = await new RecordExtractQuery(db).ReadAsync(_people[iteration % _people.Count], cancellationToken);
        return Counts(extract!.Tables.Select(t => (t.Name, t.Rows)), extract.AccessLog);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using var command = context.Command(connection, RecordExtractQuery.ExtractSql);
        command.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = new[] { _people[iteration % _people.Count] } });
        using var document = JsonDocument.Parse((string)(await command.ExecuteScalarAsync(cancellationToken))!);
        var root = document.RootElement;
        return Counts(RecordExtractQuery.Tables.Select(t => (t, root.GetProperty(t))), root.GetProperty(RecordExtractQuery.AccessLogTable));
    }

    /// <summary>The rows of each table and of the access log.</summary>
    public override string Fingerprint(object result) => (string)result;

    private static string Counts(IEnumerable<(string Table, JsonElement Rows)> tables, JsonElement accessLog) =>
        string.Join("; ", tables.Select(t => $"{t.Table} {t.Rows.GetArrayLength()}")) + $"; {RecordExtractQuery.AccessLogTable} {accessLog.GetArrayLength()}";
}
