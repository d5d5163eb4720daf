using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Web.Tests.Retention;

/// <summary>Deleting a person removes them from every table; the audit trail keeps only an id that names no one.</summary>
public class PersonDeletionTests(AppFixture app) : AppTest(app)
{
    /// <summary>The access log and its area rows (which copy the entry's ids for Loggkontroll): kept, with the id only.</summary>
    private static readonly string[] AccessLogTables = ["audit_entries", "audit_entry_areas"];

    [Fact]
    public async Task Deletion_LeavesNoRowNamingThePerson_InAnyTableWithAnApplicantId()
    {
        var gone = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1));
        var kept = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Kvar", lastName: "Kvarsson");
        await App.AddEveryKindOfRecordAsync(gone.Id, RetentionFiles.Today.AddDays(-10));
        await App.AddEveryKindOfRecordAsync(kept.Id, RetentionFiles.Today.AddDays(-10));
        // A change each that the indicator refresh has yet to take (indicator_changes).
        await App.AddAidMonthAsync(gone.Id, RetentionFiles.Today.AddMonths(-2));
        await App.AddAidMonthAsync(kept.Id, RetentionFiles.Today.AddMonths(-2));
        var tables = await TablesWithAnApplicantIdAsync();
        var before = await RowsPerTableAsync(tables, kept.Id);
        (await RowsPerTableAsync(tables, gone.Id)).Where(t => t.Value == 0).Select(t => t.Key).ShouldBeEmpty("the arrangement should fill every table");

        var result = await DeleteAsync(gone.Id);

        var after = await RowsPerTableAsync(tables, gone.Id);
        after.Where(t => !AccessLogTables.Contains(t.Key) && t.Value > 0).Select(t => t.Key).ShouldBeEmpty();
        (await RowsPerTableAsync(tables, kept.Id)).ShouldBe(before);
        result.RowsPerTable.Keys.ShouldBe(PersonDeletion.Tables.Select(t => t.Table).Order(StringComparer.Ordinal), ignoreOrder: true);
        result.RowsPerTable["applicants"].ShouldBe(1);
        result.RowsPerTable["journal_notes"].ShouldBe(4);
        result.RowsPerTable["work_plan_versions"].ShouldBe(2);
        result.RowsPerTable["plan_version_quality"].ShouldBe(2);
    }

    [Fact]
    public async Task Deletion_ReachesTheChildTables_ThroughTheirParents()
    {
        var gone = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1));
        var kept = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(gone.Id, RetentionFiles.Today.AddDays(-10));
        await App.AddEveryKindOfRecordAsync(kept.Id, RetentionFiles.Today.AddDays(-10));

        await DeleteAsync(gone.Id);

        foreach (var table in new[] { "referral_interventions", "work_plan_versions", "work_plan_agreements", "plan_version_quality", "case_review_entries", "review_actions" })
        {
            (await ScalarAsync<long>($"SELECT count(*) FROM {table}")).ShouldBe(table is "work_plan_versions" or "plan_version_quality" ? 2L : 1L, table);
        }

        // A review is the unit head's record of a worker's caseload: it stays, without the deleted person's case.
        (await ScalarAsync<long>("SELECT count(*) FROM case_reviews")).ShouldBe(2L);
    }

    [Fact]
    public async Task TheAuditRows_Stay_WithTheIdOnly_AndNoDetail()
    {
        var gone = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Gunnel", lastName: "Gallrad");
        var kept = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1), firstName: "Kvar", lastName: "Kvarsson");
        await App.AddEveryKindOfRecordAsync(gone.Id, RetentionFiles.Today.AddDays(-10));
        await App.AddEveryKindOfRecordAsync(kept.Id, RetentionFiles.Today.AddDays(-10));

        var result = await DeleteAsync(gone.Id);

        result.AuditDetailsCleared.ShouldBe(2);
        await using var db = App.NewDbContext();
        var trail = await db.AuditEntries.Where(e => e.ApplicantId == gone.Id).ToListAsync();
        trail.Count.ShouldBe(2);
        trail.ShouldAllBe(e => e.Detail == null && e.UserName == RetentionFiles.Worker);
        (await db.AuditEntries.AnyAsync(e => e.Detail != null && e.Detail.Contains("Gallrad"))).ShouldBeFalse();
        (await db.AuditEntries.CountAsync(e => e.ApplicantId == kept.Id && e.Detail != null)).ShouldBe(2);
        (await db.Applicants.IgnoreQueryFilters().AnyAsync(a => a.Id == gone.Id)).ShouldBeFalse("the id no longer resolves to anyone");
    }

    [Fact]
    public async Task Deletion_IsAllOrNothing()
    {
        var gone = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(gone.Id, RetentionFiles.Today.AddDays(-10));

        await using (var db = App.NewDbContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            await new PersonDeletion(db).DeleteAsync([gone.Id], CancellationToken.None);
            await transaction.RollbackAsync();
        }

        (await ScalarAsync<long>("SELECT count(*) FROM journal_notes")).ShouldBe(4L);
        (await ScalarAsync<long>("SELECT count(*) FROM audit_entries WHERE detail IS NOT NULL")).ShouldBe(2L);
    }

    [Fact]
    public async Task Deletion_OutsideATransaction_IsRefused()
    {
        await using var db = App.NewDbContext();

        await Should.ThrowAsync<InvalidOperationException>(() => new PersonDeletion(db).DeleteAsync([Guid.NewGuid()], CancellationToken.None));
    }

    [Fact]
    public async Task ASignedNote_IsStillProtected_OutsideRetention()
    {
        var person = await App.AddPersonAsync(RetentionFiles.Today.AddYears(-1));
        await App.AddEveryKindOfRecordAsync(person.Id, RetentionFiles.Today.AddDays(-10));
        await using var db = App.NewDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await new PersonDeletion(db).DeleteAsync([Guid.NewGuid()], CancellationToken.None);

        var refused = await Should.ThrowAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"DELETE FROM journal_notes WHERE applicant_id = {person.Id}"));

        refused.MessageText.ShouldBe("signed journal notes are never changed or deleted");
    }

    /// <summary>
    /// A table added later that names a person (an applicant_id column), or hangs off one that does through a foreign
    /// key, must be added to the deletion: this fails until it is.
    /// </summary>
    [Fact]
    public async Task EveryTableThatNamesAPerson_IsInTheDeletion()
    {
        var deleted = PersonDeletion.Tables.Select(t => t.Table).Concat(PersonDeletion.IndicatorTables).ToHashSet();
        var named = await TablesWithAnApplicantIdAsync();
        var children = await TablesReferencingAsync(deleted);

        named.Except(deleted).ShouldBe(AccessLogTables, ignoreOrder: true, "audit rows are kept and lose their detail instead");
        children.Except(deleted).ShouldBeEmpty("every child of a deleted table is deleted too");
    }

    private async Task<PersonDeletionResult> DeleteAsync(Guid applicantId)
    {
        await using var db = App.NewDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var result = await new PersonDeletion(db).DeleteAsync([applicantId], CancellationToken.None);
        await transaction.CommitAsync();
        return result;
    }

    private static async Task<List<string>> TablesWithAnApplicantIdAsync()
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.column_name = 'applicant_id' ORDER BY 1
            """, connection);
        return await ReadStringsAsync(command);
    }

    /// <summary>Tables with a foreign key to any of <paramref name="parents"/>, however deep.</summary>
    private static async Task<List<string>> TablesReferencingAsync(IEnumerable<string> parents)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE child(name) AS (
                SELECT c.conrelid::regclass::text FROM pg_constraint c WHERE c.contype = 'f' AND c.confrelid::regclass::text = ANY(@parents)
                UNION
                SELECT c.conrelid::regclass::text FROM pg_constraint c JOIN child ON c.confrelid::regclass::text = child.name WHERE c.contype = 'f')
            SELECT name FROM child ORDER BY 1
            """, connection);
        command.Parameters.AddWithValue("parents", parents.ToArray());
        return await ReadStringsAsync(command);
    }

    private static async Task<Dictionary<string, long>> RowsPerTableAsync(IEnumerable<string> tables, Guid applicantId)
    {
        await using var connection = await OpenAsync();
        var rows = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table} WHERE applicant_id = @id", connection);
            command.Parameters.AddWithValue("id", applicantId);
            rows[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        rows["applicants"] = await ScalarAsync<long>($"SELECT count(*) FROM applicants WHERE id = '{applicantId}'");
        return rows;
    }

    private static async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<List<string>> ReadStringsAsync(NpgsqlCommand command)
    {
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    private static async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
