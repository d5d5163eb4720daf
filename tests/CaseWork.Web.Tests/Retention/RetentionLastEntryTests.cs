using CaseWork.Domain.Retention;
using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Tests.Infrastructure;
using Npgsql;
using NpgsqlTypes;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Retention;

/// <summary>
/// The dry run reads the files past the five years from the dates the database keeps (<c>file_last_entries</c>); the
/// oracle is the search it replaced, which asks every record of every file (<see cref="FileEntrySql.PastTheYearsKept"/>):
/// both must find exactly the same files with the same last entry, on the days around each file's edge, also after a
/// date is moved back and records are deleted.
/// </summary>
public class RetentionLastEntryTests(AppFixture app) : AppTest(app)
{
    private static readonly DateOnly LongAgo = Date("2015-06-10");

    /// <summary>One dated column of each kind of record of <see cref="FileEntrySql.Kinds"/>, and a case review's signing.</summary>
    private static readonly (string Table, string Column)[] OneOfEachKind =
    [
        ("applicants", "registered_at"), ("aid_months", "month"), ("journal_notes", "signed_at"), ("note_objections", "received_on"),
        ("monthly_checks", "recorded_at"), ("follow_up_talks", "held_on"), ("work_plans", "closed_at"), ("work_plan_versions", "created_at"),
        ("work_plan_agreements", "date"), ("basic_investigations", "signed_at"), ("referrals", "consent_recorded_on"),
        ("attendance_reports", "reported_at"), ("referral_interventions", "end_on"), ("case_review_entries", "recorded_at"),
        ("case_reviews", "signed_at"), ("review_actions", "done_at"),
    ];

    [Fact]
    public async Task TheKeptDates_FindTheSameFilesAsEveryRecord_AroundEachFilesEdge()
    {
        var edges = new List<DateOnly> { LongAgo, EndOfMonth(LongAgo) };
        await App.AddPersonAsync(LongAgo.AddDays(-40)); // registered, nothing else
        edges.Add(LongAgo.AddDays(-40));
        await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1979, 10, 15))); // kept for research
        var protectedFile = await App.AddApplicantAsync(App.Organisation.SpangaTenstaUnit, protectedIdentity: true);
        await SetDateAsync("applicants", "registered_at", protectedFile.Id, LongAgo.AddDays(-3));
        edges.Add(LongAgo.AddDays(-3));

        var people = new List<Guid>();
        for (var i = 0; i < OneOfEachKind.Length; i++)
        {
            var (table, column) = OneOfEachKind[i];
            var person = await App.AddPersonAsync(LongAgo);
            await App.AddEveryKindOfRecordAsync(person.Id, LongAgo);
            var later = Date("2017-01-09").AddDays(17 * i);
            await SetDateAsync(table, column, person.Id, later);
            people.Add(person.Id);
            edges.Add(table == "aid_months" ? EndOfMonth(later) : later);
        }

        await ShouldFindTheSameAsync(edges);

        // Dates moved back and records deleted make the last entry earlier: the kept date follows.
        await SetDateAsync("journal_notes", "signed_at", people[2], LongAgo.AddDays(1));
        await SetDateAsync("referrals", "consent_recorded_on", people[10], LongAgo.AddDays(2));
        await SetDateAsync("case_reviews", "signed_at", people[14], LongAgo.AddDays(3));
        await SetAsync("DELETE FROM referral_interventions WHERE referral_id IN (SELECT r.id FROM referrals r WHERE r.applicant_id = @id)", people[12]);
        await SetAsync("DELETE FROM review_actions WHERE applicant_id = @id", people[15]);
        await SetAsync("""
            DELETE FROM plan_version_quality WHERE version_id IN (SELECT v.id FROM work_plan_versions v JOIN work_plans p ON p.id = v.work_plan_id WHERE p.applicant_id = @id);
            DELETE FROM work_plan_versions WHERE work_plan_id IN (SELECT p.id FROM work_plans p WHERE p.applicant_id = @id);
            DELETE FROM work_plan_agreements WHERE work_plan_id IN (SELECT p.id FROM work_plans p WHERE p.applicant_id = @id);
            DELETE FROM work_plans WHERE applicant_id = @id;
            """, people[6]);
        edges.AddRange([LongAgo.AddDays(1), LongAgo.AddDays(2), LongAgo.AddDays(3)]);

        await ShouldFindTheSameAsync(edges);
    }

    [Fact]
    public async Task AnUpdateOfTwoFiles_OneWrittenAgainAsItIsAndOneMovedBack_KeepsBothDatesExact()
    {
        // After an update the trigger recomputes only the files whose new rows no longer reach the kept date.
        var later = Date("2018-03-01");
        var writtenAgain = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(writtenAgain.Id, LongAgo);
        await SetDateAsync("aid_months", "month", writtenAgain.Id, later);
        var movedBack = await App.AddPersonAsync(LongAgo);
        await App.AddEveryKindOfRecordAsync(movedBack.Id, LongAgo);
        await SetDateAsync("aid_months", "month", movedBack.Id, later);
        await ShouldFindTheSameAsync([EndOfMonth(later)]);

        // One statement, as the refresh measure's batch writes the month again: the kept month of the first file, the
        // month a year earlier for the second.
        await SetAsync($"""
            UPDATE aid_months SET decision = decision,
                month = CASE WHEN applicant_id = @id THEN month ELSE (month - interval '1 year')::date END
            WHERE applicant_id IN (@id, '{movedBack.Id}')
            """, writtenAgain.Id);

        await ShouldFindTheSameAsync([EndOfMonth(later), EndOfMonth(later.AddYears(-1))]);
    }

    [Fact]
    public async Task EveryKindOfRecord_HasItsLastEntryTriggers_FiringAlways()
    {
        // A kind added to FileEntrySql.Kinds (or a parent whose column dates it) without the migration that creates its
        // triggers would leave its writes out of the kept dates, and the dry run would miss a file that is due.
        var tables = FileEntrySql.Kinds.Select(k => k.Table)
            .Concat(FileEntrySql.Kinds.Where(k => k.Join is { } join && k.Date.Contains($"{join.Alias}.", StringComparison.Ordinal)).Select(k => k.Join!.Table))
            .Distinct();
        var expected = tables.SelectMany(t => new[] { ("insert", 4), ("update", 16), ("delete", 8) }
            .Select(e => $"{t} {t}_last_entry_{e.Item1} event {e.Item2} enabled A calls file_last_entry_{t}"));

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        // tgtype: bit 0 row-level, bit 1 before; 4 insert, 8 delete, 16 update. Enabled 'A': also under replication role replica.
        await using var command = new NpgsqlCommand("""
            SELECT c.relname || ' ' || t.tgname || ' event ' || (t.tgtype::int & 31) || ' enabled ' || t.tgenabled::text || ' calls ' || p.proname
            FROM pg_trigger t
            JOIN pg_class c ON c.oid = t.tgrelid
            JOIN pg_proc p ON p.oid = t.tgfoid
            WHERE NOT t.tgisinternal AND (p.proname LIKE 'file\_last\_entry\_%' OR t.tgname LIKE '%\_last\_entry\_%')
            """, connection);
        var triggers = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                triggers.Add(reader.GetString(0));
            }
        }

        triggers.Order(StringComparer.Ordinal).ShouldBe(expected.Order(StringComparer.Ordinal));
    }

    /// <summary>On the last day before each edge's five years and on the day they are reached, both reads agree.</summary>
    private async Task ShouldFindTheSameAsync(IEnumerable<DateOnly> lastEntries)
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using (var stale = new NpgsqlCommand($"SELECT count(*) FROM applicants a LEFT JOIN file_last_entries f ON f.applicant_id = a.id WHERE f.last_entry_on IS DISTINCT FROM {FileEntrySql.LastEntryOn}", connection))
        {
            ((long)(await stale.ExecuteScalarAsync())!).ShouldBe(0, "every file's kept date is its last entry");
        }

        foreach (var today in lastEntries.Distinct().SelectMany(d => new[] { d.AddYears(5).AddDays(-1), d.AddYears(5) }))
        {
            await using var oracle = new NpgsqlCommand($"SELECT a.id, {FileEntrySql.LastEntryOn} FROM applicants a WHERE {FileEntrySql.PastTheYearsKept} ORDER BY a.id", connection);
            oracle.Parameters.Add(new NpgsqlParameter("latest_due_last_entry", NpgsqlDbType.Date) { Value = RetentionRule.LatestDueLastEntry(today) });
            var expected = new List<(Guid, DateOnly)>();
            await using (var reader = await oracle.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    expected.Add((reader.GetGuid(0), reader.GetFieldValue<DateOnly>(1)));
                }
            }

            await using var db = App.NewDbContext();
            var found = await new RetentionCandidates(db).ReadAsync(Guid.Empty, 1000, today, leaveOutExempt: false, CancellationToken.None);
            found.Select(c => (c.ApplicantId, c.Assessment.LastEntryOn)).ShouldBe(expected, $"files past the five years on {today}");
        }
    }

    private static DateOnly EndOfMonth(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
}
