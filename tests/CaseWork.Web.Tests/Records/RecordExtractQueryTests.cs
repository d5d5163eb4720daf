using System.Text.Json;
using CaseWork.Infrastructure.Records;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Tests.Retention;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Web.Tests.Records;

/// <summary>The extract's query misses nothing held on the person, and holds nothing of anyone else.</summary>
public class RecordExtractQueryTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task TheExtract_HoldsRowsFromEveryTable_AndNothingOfAnotherPerson()
    {
        var (person, other) = await TwoFullFilesAsync();

        var extract = await ReadAsync(person.Id);

        extract.Tables.Select(t => t.Name).ShouldBe(PersonDeletion.Tables.Select(t => t.Table), ignoreOrder: true);
        extract.Tables.Where(t => t.Count == 0).Select(t => t.Name).ShouldBeEmpty("the arrangement writes every kind of record");
        extract.Tables.Single(t => t.Name == "journal_notes").Count.ShouldBe(4);
        extract.Tables.Single(t => t.Name == "work_plan_versions").Count.ShouldBe(2);
        extract.AccessLog.GetArrayLength().ShouldBe(2);
        extract.Person.ShouldBe(new RecordExtractPerson("Gunnel", "Gallrad", person.PersonalIdentityNumber, false));
        var everything = string.Join("\n", [.. extract.Tables.Select(t => t.Rows.GetRawText()), extract.AccessLog.GetRawText()]);
        everything.ShouldNotContain(other.Id.ToString());
        everything.ShouldNotContain("Kvarsson");
        everything.ShouldNotContain(other.PersonalIdentityNumber);
        (await IdsOfOtherPersonsRowsAsync(other.Id)).Where(everything.Contains).ShouldBeEmpty("no row of the other person's file");
    }

    /// <summary>Every column of every table is in the rows: a column added later cannot be left out of the extract.</summary>
    [Fact]
    public async Task EveryRow_HoldsEveryColumnOfItsTable()
    {
        var (person, _) = await TwoFullFilesAsync();

        var extract = await ReadAsync(person.Id);

        foreach (var table in extract.Tables.Append(new RecordExtractTable(RecordExtractQuery.AccessLogTable, extract.AccessLog)))
        {
            var columns = await ColumnsOfAsync(table.Name);
            foreach (var row in table.Rows.EnumerateArray())
            {
                row.EnumerateObject().Select(p => p.Name).ShouldBe(columns, ignoreOrder: true, customMessage: table.Name);
            }
        }
    }

    /// <summary>A user named in a column the extract does not know as a user column would show in the print as an id, or not at all.</summary>
    [Fact]
    public async Task EveryUserTheRowsName_IsInAColumnThatNamesAUser()
    {
        var (person, _) = await TwoFullFilesAsync();
        await using var db = App.NewDbContext();
        var users = (await db.Users.Select(u => new { u.Id, u.UserName }).ToListAsync()).SelectMany(u => new[] { u.Id, u.UserName! }).ToHashSet();

        var extract = await ReadAsync(person.Id);

        var named = extract.Tables.Select(t => t.Rows).Append(extract.AccessLog)
            .SelectMany(rows => rows.EnumerateArray())
            .SelectMany(row => row.EnumerateObject())
            .Where(p => p.Value.ValueKind == JsonValueKind.String && users.Contains(p.Value.GetString()!))
            .Select(p => (Column: p.Name, User: p.Value.GetString()!))
            .Distinct()
            .ToList();
        named.ShouldNotBeEmpty();
        named.Where(n => !RecordExtractQuery.NamesAUser(n.Column)).ShouldBeEmpty();
        named.Select(n => n.Column).ShouldContain("author_id");
        named.Select(n => n.Column).ShouldContain("created_by");
        named.Where(n => extract.Names.User(n.User) is null).ShouldBeEmpty("every user named is read by name");
    }

    [Fact]
    public async Task TheNames_OfUsersAndPlaces_AreRead()
    {
        var (person, _) = await TwoFullFilesAsync();

        var extract = await ReadAsync(person.Id);

        extract.Names.User(Org.UserIds[RetentionFiles.Worker]).ShouldBe("Sara Lindqvist");
        extract.Names.User(RetentionFiles.Worker).ShouldBe("Sara Lindqvist");
        extract.Names.Place("unit_id", Org.SpangaTenstaUnit.ToString(System.Globalization.CultureInfo.InvariantCulture)).ShouldNotBeNull();
        extract.Names.Place("job_centre_id", await ScalarAsync("SELECT job_centre_id::text FROM referrals LIMIT 1")).ShouldBe("Jobbtorg Kista");
    }

    [Fact]
    public async Task NobodyWithTheId_GivesNoExtract()
    {
        await TwoFullFilesAsync();

        await using var db = App.NewDbContext();
        (await new RecordExtractQuery(db).ReadAsync(Guid.NewGuid(), CancellationToken.None)).ShouldBeNull();
    }

    private async Task<(Domain.Applicants.Applicant Person, Domain.Applicants.Applicant Other)> TwoFullFilesAsync()
    {
        var person = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Gunnel", lastName: "Gallrad");
        var other = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Kvar", lastName: "Kvarsson");
        await App.AddEveryKindOfRecordAsync(person.Id, RetentionFiles.Today.AddDays(-10));
        await App.AddEveryKindOfRecordAsync(other.Id, RetentionFiles.Today.AddDays(-10));
        return (person, other);
    }

    private async Task<RecordExtract> ReadAsync(Guid applicantId)
    {
        await using var db = App.NewDbContext();
        return (await new RecordExtractQuery(db).ReadAsync(applicantId, CancellationToken.None)).ShouldNotBeNull();
    }

    /// <summary>The ids of the rows of the other person's file, in every table with an id of its own.</summary>
    private static async Task<List<string>> IdsOfOtherPersonsRowsAsync(Guid otherId)
    {
        var ids = new List<string>();
        foreach (var (table, where) in PersonDeletion.Tables.Where(t => t.Table is not ("plan_version_quality" or "due_items")))
        {
            await using var connection = await OpenAsync();
            await using var command = new NpgsqlCommand($"SELECT id::text FROM {table} WHERE {where}", connection);
            command.Parameters.AddWithValue("ids", new[] { otherId });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                ids.Add(reader.GetString(0));
            }
        }

        // Numbered ids (aid months, agreements, audit rows) are short and could appear inside other values by chance.
        return ids.Where(id => Guid.TryParse(id, out _)).ToList();
    }

    private static async Task<List<string>> ColumnsOfAsync(string table)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = @table", connection);
        command.Parameters.AddWithValue("table", table);
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            columns.Add(reader.GetString(0));
        }

        columns.ShouldNotBeEmpty(table);
        return columns;
    }

    private static async Task<string> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
