using System.Text.Json;
using CaseWork.Domain.Applicants;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Retention;
using CaseWork.Infrastructure.Submissions;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using static CaseWork.Web.Tests.Retention.RetentionFiles;

namespace CaseWork.Web.Tests.Retention;

/// <summary>A run deletes the due files in batches and logs counts, never who.</summary>
public class RetentionRunnerTests(AppFixture app) : AppTest(app)
{
    private static readonly DateOnly LongAgo = Date("2015-06-10");
    private static readonly DateOnly RunDay = Date("2022-01-10");

    [Fact]
    public async Task ARun_DeletesTheDueFiles_AndKeepsTheExemptTheInUseAndTheRecent()
    {
        var people = await ArrangeRegisterAsync();

        var run = await RunAsync(dryRun: false);

        await using var db = App.NewDbContext();
        var left = await db.Applicants.IgnoreQueryFilters().Select(a => a.Id).ToListAsync();
        left.ShouldBe([people.Exempt, people.InUse, people.Recent], ignoreOrder: true);
        run.ShouldNotBeNull();
        run.Outcome.ShouldBe(RetentionOutcome.Completed);
        (run.People, run.Exempt, run.InUse, run.DryRun, run.AsOf).ShouldBe((2, 1, 1, false, RunDay));
        run.Overdue.ShouldBe(2, "files last written in 2015 were due in 2020 and should have gone by the end of 2021");
        run.Rows["applicants"].ShouldBe(2);
        run.Rows["journal_notes"].ShouldBe(4);
        run.AuditDetailsCleared.ShouldBe(2);
        var logged = await db.RetentionRuns.SingleAsync();
        logged.Rows.ShouldBe(run.Rows, ignoreOrder: true);
        (logged.People, logged.Outcome, logged.FinishedAt is not null).ShouldBe((2, RetentionOutcome.Completed, true));
    }

    [Fact]
    public async Task ADryRun_DeletesNothing_AndLogsWhatWouldGo()
    {
        await ArrangeRegisterAsync();
        var before = await CountRowsAsync();

        var dry = await RunAsync(dryRun: true);

        (await CountRowsAsync()).ShouldBe(before);
        await using (var db = App.NewDbContext())
        {
            (await db.AuditEntries.CountAsync(e => e.Detail != null)).ShouldBe(4);
        }

        var real = await RunAsync(dryRun: false);
        (dry!.People, dry.DryRun, dry.AuditDetailsCleared).ShouldBe((real!.People, true, real.AuditDetailsCleared));
        dry.Rows.ShouldBe(real.Rows, ignoreOrder: true);
    }

    [Fact]
    public async Task ARun_WorksThroughTheRegister_InBatches()
    {
        for (var i = 0; i < 7; i++)
        {
            await App.AddPersonAsync(LongAgo.AddDays(i));
        }

        var run = await RunAsync(dryRun: false, batchSize: 2);

        run!.People.ShouldBe(7);
        run.Rows["applicants"].ShouldBe(7);
        await using var db = App.NewDbContext();
        (await db.Applicants.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task TheLog_NamesNoOne()
    {
        var people = await ArrangeRegisterAsync();
        await using (var db = App.NewDbContext())
        {
            people = people with { Pins = await db.Applicants.IgnoreQueryFilters().Select(a => a.PersonalIdentityNumber).ToListAsync() };
        }

        var logLines = App.Factory.Log.Lines.Count;

        await RunAsync(dryRun: true);
        await RunAsync(dryRun: false);

        var runs = await ReadRunsAsJsonAsync();
        var newLog = App.Factory.Log.Lines.Skip(logLines).ToList();
        newLog.ShouldContain(line => line.Contains("Retention run", StringComparison.Ordinal));
        foreach (var identity in people.Identities)
        {
            runs.ShouldNotContain(identity, Case.Insensitive);
            newLog.ShouldNotContain(line => line.Contains(identity, StringComparison.OrdinalIgnoreCase), customMessage: identity);
        }
    }

    [Fact]
    public async Task TwoRuns_NeverOverlap()
    {
        await App.AddPersonAsync(LongAgo);
        await using var other = new NpgsqlConnection(TestDatabase.ConnectionString);
        await other.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(x'4357524554'::bigint)", other))
        {
            await take.ExecuteNonQueryAsync();
        }

        (await RunAsync(dryRun: false)).ShouldBeNull();

        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(x'4357524554'::bigint)", other))
        {
            await release.ExecuteNonQueryAsync();
        }

        (await RunAsync(dryRun: false))!.People.ShouldBe(1);
    }

    [Fact]
    public async Task ARunLeftRunning_IsMarkedInterrupted_ByTheNext()
    {
        await using (var db = App.NewDbContext())
        {
            db.RetentionRuns.Add(RetentionRun.Start(RetentionTrigger.Scheduled, false, RunDay, Noon(RunDay)));
            await db.SaveChangesAsync();
        }

        await RunAsync(dryRun: true);

        await using var check = App.NewDbContext();
        (await check.RetentionRuns.OrderBy(r => r.Id).Select(r => r.Outcome).ToListAsync())
            .ShouldBe([RetentionOutcome.Interrupted, RetentionOutcome.Completed]);
    }

    /// <summary>Two due (one with a full file), one exempt, one in use, one recent; every file but the recent one last written long ago.</summary>
    private async Task<Register> ArrangeRegisterAsync()
    {
        var due = await App.AddPersonAsync(LongAgo, firstName: "Doris", lastName: "Gallring");
        await App.AddEveryKindOfRecordAsync(due.Id, LongAgo);
        var dueToo = await App.AddPersonAsync(LongAgo, firstName: "Dennis", lastName: "Gallring");
        var exempt = await App.AddPersonAsync(LongAgo, Pin(new DateOnly(1970, 4, 25)), "Erik", "Forskning");
        var inUse = await App.AddPersonAsync(LongAgo, firstName: "Ines", lastName: "Pågående");
        await App.AddEveryKindOfRecordAsync(inUse.Id, LongAgo);
        await using (var db = App.NewDbContext())
        {
            await db.Database.ExecuteSqlAsync($"UPDATE referrals SET closed_on = NULL, closure_reason = NULL WHERE applicant_id = {inUse.Id}");
        }

        var recent = await App.AddPersonAsync(RunDay.AddYears(-2), firstName: "Rut", lastName: "Ny");
        return new Register(due.Id, dueToo.Id, exempt.Id, inUse.Id, recent.Id, []);
    }

    [Fact]
    public async Task ARealRun_ForgetsFormKeysOlderThanTwoDays()
    {
        var now = Noon(RunDay);
        var old = new FormSubmission(Guid.NewGuid(), Org.UserIds[Worker], now.AddHours(-FormSubmission.RetentionHours - 1));
        var recent = new FormSubmission(Guid.NewGuid(), Org.UserIds[Worker], now.AddHours(-FormSubmission.RetentionHours + 1));
        await using (var db = App.NewDbContext())
        {
            db.FormSubmissions.AddRange(old, recent);
            await db.SaveChangesAsync();
        }

        await RunAsync(dryRun: true);
        await using (var db = App.NewDbContext())
        {
            (await db.FormSubmissions.CountAsync()).ShouldBe(2, "a dry run changes nothing");
        }

        await RunAsync(dryRun: false);
        await using var check = App.NewDbContext();
        (await check.FormSubmissions.Select(s => s.Key).ToListAsync()).ShouldBe([recent.Key]);
    }

    private async Task<RetentionRun?> RunAsync(bool dryRun, int batchSize = RetentionRunner.DefaultBatchSize)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseWorkDbContext>();
        var runner = new RetentionRunner(db, new RetentionCandidates(db), new PersonDeletion(db), new FixedClock(RunDay),
            scope.ServiceProvider.GetRequiredService<ILogger<RetentionRunner>>());
        return await runner.RunAsync(RetentionTrigger.Administrator, dryRun, batchSize);
    }

    private static async Task<Dictionary<string, long>> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        var counts = new Dictionary<string, long>();
        foreach (var (table, _) in PersonDeletion.Tables)
        {
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            counts[table] = (long)(await command.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static async Task<string> ReadRunsAsJsonAsync()
    {
        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT coalesce(json_agg(r)::text, '') FROM retention_runs r", connection);
        var json = (string)(await command.ExecuteScalarAsync())!;
        JsonDocument.Parse(json).RootElement.GetArrayLength().ShouldBe(2);
        return json;
    }

    private sealed record Register(Guid Due, Guid DueToo, Guid Exempt, Guid InUse, Guid Recent, List<string> Pins)
    {
        public IEnumerable<string> Identities =>
            new[] { Due, DueToo, Exempt, InUse, Recent }.SelectMany(id => new[] { id.ToString(), id.ToString("N") })
                .Concat(Pins).Concat(Pins.Select(p => p[2..]))
                .Concat(["Doris", "Dennis", "Gallring", "Erik", "Forskning", "Ines", "Pågående", "Rut"]);
    }
}
