using System.Text.Json;
using CaseWork.Infrastructure.Retention;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Records;

/// <summary>
/// Reads everything CaseWork holds on one person for a record extract (registerutdrag): every row of every table that
/// retention deletes from (<see cref="PersonDeletion.Tables"/>, which a test holds to every table naming a person),
/// whole, as PostgreSQL writes it (<c>json_agg</c> of the row), so no column can be left out; and the audit rows
/// naming the person: who read and changed the file, and when. That is one query. A second one reads the names of the
/// users and places the rows refer to by id.
/// </summary>
public sealed class RecordExtractQuery(CaseWorkDbContext db)
{
    /// <summary>The audit table: kept apart from the file's tables, as the record of who read and changed it.</summary>
    public const string AccessLogTable = "audit_entries";

    /// <summary>The tables in the order an extract shows them: the person first, then each parent before its children.</summary>
    public static IReadOnlyList<string> Tables { get; } = [.. PersonDeletion.Tables.Select(t => t.Table).Reverse()];

    /// <summary>The columns that name a place by its id, with the table that holds the place's name.</summary>
    public static IReadOnlyDictionary<string, string> PlaceColumns { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["district_id"] = "districts",
        ["unit_id"] = "units",
        ["job_centre_id"] = "job_centres",
        ["intervention_type_id"] = "intervention_types",
    };

    private const string UserKind = "user";

    // Built from the constants above only; the person's id goes in as a parameter. The rows of a table come in the order
    // they are stored (ctid), near enough the order they were written; the access log in time order. Public for the
    // benchmark's raw side.
    public static string ExtractSql { get; } =
        "SELECT json_build_object("
        + string.Join(", ", PersonDeletion.Tables.Reverse().Select(t =>
            $"'{t.Table}', (SELECT coalesce(json_agg(x ORDER BY x.ctid), '[]'::json) FROM {t.Table} x WHERE {t.Where})"))
        + $", '{AccessLogTable}', (SELECT coalesce(json_agg(e ORDER BY e.occurred_at, e.id), '[]'::json) FROM {AccessLogTable} e WHERE e.applicant_id = ANY(@ids))"
        + ")::text AS \"Value\"";

    // A user is named by id in most columns and by user name in a few (created_by, signed_by): both are looked up.
    private static readonly string NamesSql = string.Join("\nUNION ALL\n",
    [
        $"""
        SELECT '{UserKind}' AS kind, k.key, u.display_name AS name
        FROM "AspNetUsers" u CROSS JOIN LATERAL (VALUES (u.id), (u.user_name::text)) AS k(key)
        WHERE k.key = ANY(@users)
        """,
        .. PlaceColumns.Select(p => $"SELECT '{p.Key}' AS kind, t.id::text AS key, t.name FROM {p.Value} t WHERE t.id::text = ANY(@{p.Key})"),
    ]);

    /// <summary>
    /// Whether a column names a user: by id (<c>author_id</c>, <c>owner_id</c>, <c>recorded_by_id</c>,
    /// <c>assigned_worker_id</c>, <c>user_id</c>) or by user name (<c>created_by</c>, <c>signed_by</c>, <c>user_name</c>).
    /// </summary>
    public static bool NamesAUser(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column.EndsWith("_by", StringComparison.Ordinal)
            || column.EndsWith("_by_id", StringComparison.Ordinal)
            || column.EndsWith("_worker_id", StringComparison.Ordinal)
            || column is "author_id" or "owner_id" or "user_id" or "user_name";
    }

    /// <summary>Everything held on the person, or null when there is no such person.</summary>
    public async Task<RecordExtract?> ReadAsync(Guid applicantId, CancellationToken cancellationToken)
    {
        var json = await db.Database
            .SqlQueryRaw<string>(ExtractSql, new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = new[] { applicantId } })
            .SingleAsync(cancellationToken);
        JsonElement root;
        using (var document = JsonDocument.Parse(json))
        {
            root = document.RootElement.Clone();
        }

        var tables = Tables.Select(t => new RecordExtractTable(t, root.GetProperty(t))).ToList();
        var person = tables[0].Rows.EnumerateArray().Select(RecordExtractPerson.From).SingleOrDefault();
        if (person is null)
        {
            return null;
        }

        var accessLog = root.GetProperty(AccessLogTable);
        var names = await ReadNamesAsync([.. tables.Select(t => t.Rows), accessLog], cancellationToken);
        return new RecordExtract(applicantId, person, tables, accessLog, names, RecordExtractColumns.Of(db.Model));
    }

    /// <summary>The names of every user and place the rows refer to, in one query.</summary>
    private async Task<RecordExtractNames> ReadNamesAsync(IReadOnlyList<JsonElement> tables, CancellationToken cancellationToken)
    {
        var users = new HashSet<string>(StringComparer.Ordinal);
        var places = PlaceColumns.Keys.ToDictionary(c => c, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var property in tables.SelectMany(t => t.EnumerateArray()).SelectMany(row => row.EnumerateObject()))
        {
            if (property.Value.ValueKind is JsonValueKind.Null)
            {
                continue;
            }

            if (NamesAUser(property.Name) && property.Value.ValueKind is JsonValueKind.String)
            {
                users.Add(property.Value.GetString()!);
            }
            else if (places.TryGetValue(property.Name, out var ids))
            {
                ids.Add(property.Value.ToString());
            }
        }

        var rows = await db.Database.SqlQueryRaw<NameRow>(NamesSql,
            [
                Texts("users", users),
                .. places.Select(p => Texts(p.Key, p.Value)),
            ])
            .ToListAsync(cancellationToken);
        return new RecordExtractNames(
            rows.Where(r => r.Kind == UserKind).DistinctBy(r => r.Key).ToDictionary(r => r.Key, r => r.Name, StringComparer.Ordinal),
            rows.Where(r => r.Kind != UserKind).ToDictionary(r => (r.Kind, r.Key), r => r.Name));
    }

    private static NpgsqlParameter Texts(string name, IEnumerable<string> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private sealed record NameRow(string Kind, string Key, string Name);
}

/// <summary>
/// Everything CaseWork holds on one person: each table's rows as the database holds them (JSON objects, column names
/// as keys), and the audit rows naming the person.
/// </summary>
public sealed record RecordExtract(
    Guid ApplicantId,
    RecordExtractPerson Person,
    IReadOnlyList<RecordExtractTable> Tables,
    JsonElement AccessLog,
    RecordExtractNames Names,
    RecordExtractColumns Columns);

/// <summary>One table's rows about the person: a JSON array of objects.</summary>
public sealed record RecordExtractTable(string Name, JsonElement Rows)
{
    public int Count => Rows.GetArrayLength();
}

/// <summary>Who the extract is about, from their row in <c>applicants</c>.</summary>
public sealed record RecordExtractPerson(string FirstName, string LastName, string PersonalIdentityNumber, bool HasProtectedIdentity)
{
    public static RecordExtractPerson From(JsonElement row) => new(
        row.GetProperty("first_name").GetString()!,
        row.GetProperty("last_name").GetString()!,
        row.GetProperty("personal_identity_number").GetString()!,
        row.GetProperty("has_protected_identity").GetBoolean());
}

/// <summary>The display names of the users, and the names of the places, that the rows refer to.</summary>
public sealed class RecordExtractNames(IReadOnlyDictionary<string, string> users, IReadOnlyDictionary<(string Column, string Id), string> places)
{
    /// <summary>The user's display name, by id or user name; null for a user that no longer exists.</summary>
    public string? User(string idOrUserName) => users.GetValueOrDefault(idOrUserName);

    /// <summary>The place's name, for a column of <see cref="RecordExtractQuery.PlaceColumns"/>.</summary>
    public string? Place(string column, string id) => places.GetValueOrDefault((column, id));
}

/// <summary>
/// The .NET type each column is mapped to (an enum, a date, the record a jsonb column holds), from the EF Core model,
/// so that values can be shown in words. A column the model does not map has no type.
/// </summary>
public sealed class RecordExtractColumns
{
    private readonly Dictionary<(string Table, string Column), Type> _types = [];

    private RecordExtractColumns()
    {
    }

    public static RecordExtractColumns Of(IModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var columns = new RecordExtractColumns();
        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is not { } table)
            {
                continue;
            }

            var store = StoreObjectIdentifier.Table(table, entity.GetSchema());
            foreach (var property in entity.GetProperties())
            {
                if (property.GetColumnName(store) is { } column)
                {
                    columns._types.TryAdd((table, column), Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType);
                }
            }
        }

        return columns;
    }

    public Type? TypeOf(string table, string column) => _types.GetValueOrDefault((table, column));
}
