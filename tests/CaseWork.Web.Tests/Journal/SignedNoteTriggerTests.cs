using CaseWork.Web.Tests.Infrastructure;
using Npgsql;

namespace CaseWork.Web.Tests.Journal;

/// <summary>The database itself refuses to change or delete a signed note, whatever the application does.</summary>
public class SignedNoteTriggerTests(AppFixture app) : AppTest(app)
{
    [Theory]
    [InlineData("UPDATE journal_notes SET text = 'Ändrad i efterhand' WHERE id = @id")]
    [InlineData("DELETE FROM journal_notes WHERE id = @id")]
    public async Task ASignedNote_CannotBeUpdatedOrDeleted(string sql)
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var note = await App.AddNoteAsync(applicant.Id, Org.UserIds["socialsekreterare.st"], JournalNotes.Today, text: "Original");

        var refused = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(sql, note.Id));

        refused.MessageText.ShouldBe("signed journal notes are never changed or deleted");
        (await ExecuteScalarAsync("SELECT text FROM journal_notes WHERE id = @id", note.Id)).ShouldBe("Original");
    }

    [Fact]
    public async Task ADraft_CanBeChangedAndDeleted()
    {
        var applicant = await App.AddApplicantAsync(Org.SpangaTenstaUnit);
        var draft = await App.AddNoteAsync(applicant.Id, Org.UserIds["socialsekreterare.st"], JournalNotes.Today, text: "Utkast", signed: false);

        (await ExecuteAsync("UPDATE journal_notes SET text = 'Bättre utkast' WHERE id = @id", draft.Id)).ShouldBe(1);
        (await ExecuteAsync("DELETE FROM journal_notes WHERE id = @id", draft.Id)).ShouldBe(1);
    }

    private static async Task<int> ExecuteAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteNonQueryAsync();
    }

    private static async Task<object?> ExecuteScalarAsync(string sql, Guid id)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync();
    }
}
