using CaseWork.Domain.Auditing;
using CaseWork.Web.Tests.Infrastructure;
using Npgsql;

namespace CaseWork.Web.Tests.Auditing;

/// <summary>
/// The access log is append-only for the application's own connection: the database refuses to change or remove a
/// row, except retention's forgetting of a deleted person's detail.
/// </summary>
public class AuditAppendOnlyTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("UPDATE audit_entries SET user_name = 'någon annan' WHERE id = @id")]
    [InlineData("UPDATE audit_entries SET occurred_at = occurred_at - interval '1 day' WHERE id = @id")]
    [InlineData("UPDATE audit_entries SET applicant_id = gen_random_uuid(), detail = NULL WHERE id = @id")]
    [InlineData("UPDATE audit_entries SET detail = 'tillagt i efterhand' WHERE id = @id")]
    [InlineData("DELETE FROM audit_entries WHERE id = @id")]
    public async Task ARow_CannotBeChangedOrDeleted(string sql)
    {
        var id = await AddEntryAsync("Sökte på Svensson");

        var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(sql, id));

        refused.MessageText.ShouldStartWith("the access log is append-only");
        (await ReadAsync(id)).ShouldBe(("socialsekreterare.st", "Sökte på Svensson"));
    }

    [Fact]
    public async Task TheLog_CannotBeTruncated()
    {
        var id = await AddEntryAsync("Sökte på Svensson");

        await Should.ThrowAsync<PostgresException>(() => ExecuteAsync("TRUNCATE audit_entries", id));

        (await ReadAsync(id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task RetentionMayForgetTheDetail_AndNothingElse()
    {
        var id = await AddEntryAsync("Sökte på Svensson");

        (await ExecuteAsync("UPDATE audit_entries SET detail = NULL WHERE id = @id", id)).ShouldBe(1);

        (await ReadAsync(id)).ShouldBe(("socialsekreterare.st", null));
    }

    [Fact]
    public async Task NewRows_AreStillWritten()
    {
        var first = await AddEntryAsync(null);
        var second = await AddEntryAsync(null);

        second.ShouldBeGreaterThan(first);
    }

    private async Task<long> AddEntryAsync(string? detail)
    {
        await using var db = App.NewDbContext();
        var entry = new AuditEntry(AppTime.UtcNow, Org.UserIds["socialsekreterare.st"], "socialsekreterare.st", AuditAction.ApplicantListSearched, null, detail);
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }

    private static async Task<int> ExecuteAsync(string sql, long id)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<(string UserName, string? Detail)?> ReadAsync(long id)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT user_name, detail FROM audit_entries WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)) : null;
    }
}
