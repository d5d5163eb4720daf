using System.Diagnostics;
using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using CaseWork.Infrastructure.Seeding.Large;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Loads a large register for benchmarks through PostgreSQL binary COPY: applicants spread over the social workers
/// of their unit, with a year of aid months, basic investigations, work plans and their versions, monthly checks,
/// follow-up talks and journal notes, and Jobbtorg referrals with interventions and attendance. The districts
/// differ (see <see cref="DistrictProfile"/>). The same count on the same day gives the same
/// content (the ids differ).
/// </summary>
public sealed class LargeDataSeeder(CaseWorkDbContext db, TimeProvider clock, IPasswordHasher<AppUser> passwords, ILogger<LargeDataSeeder> logger)
{
    private const int BatchSize = 25_000;

    public async Task<LargeSeedReport> SeedAsync(int count, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var stopwatch = Stopwatch.StartNew();
        if (count == 0)
        {
            return new LargeSeedReport(0, new Dictionary<string, long>(), stopwatch.Elapsed);
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var start = await db.Applicants.IgnoreQueryFilters()
            .CountAsync(a => a.PersonalIdentityNumber.Substring(8, 3).CompareTo("500") >= 0, cancellationToken);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        // The staff first, at the size the whole set will need, each with the demo password hashed once.
        await LargeOrganisation.EnsureAsync(db, connection, passwords.HashPassword(new AppUser(), DemoOrganisation.DemoPassword), start + count, cancellationToken);
        var setting = await LargeSeedSetting.LoadAsync(db, today, now, cancellationToken);

        // Ids rise from a little before now, so that the set's rows sort before anything written in the app later.
        var ids = new SequentialIds(now.AddMilliseconds(-40L * count).AddDays(-1), seed: start);
        var generator = new CaseGenerator(setting, new SeedRandom(500_000 + start), ids);
        var rows = new Dictionary<string, long> { ["phrases"] = await LargePhrases.SeedAsync(db, setting, cancellationToken) };
        await using var followUpConnection = new NpgsqlConnection(db.Database.GetConnectionString());
        await followUpConnection.OpenAsync(cancellationToken);
        var followUps = Task.CompletedTask;
        try
        {
            // The trigram index on names takes new entries into its pending list; a larger list merges them in far
            // fewer, larger steps (cleaned up at the end).
            await ExecuteAsync(connection, "SET gin_pending_list_limit = '64MB'", cancellationToken);

            // The change capture stands down: the due list's table is filled once at the end, set-based, instead of
            // after every COPY, and the indicator summaries are rebuilt whole after the load (Pipeline).
            foreach (var copying in new[] { connection, followUpConnection })
            {
                await ExecuteAsync(copying, DeferChangeCapture, cancellationToken);
            }

            // Three steps overlap: the next batch is made while this one's cases are copied on one connection and
            // the batch before's follow-ups on the other, so that the app and the database keep both cores busy.
            var next = Task.Run(() => Generate(generator, start, 0, count), cancellationToken);
            for (var done = 0; done < count; done += BatchSize)
            {
                var batch = await next;
                var following = done + BatchSize;
                if (following < count)
                {
                    next = Task.Run(() => Generate(generator, start, following, count), cancellationToken);
                }

                var copied = Stopwatch.StartNew();
                await BatchCopier.WriteCasesAsync(connection, batch, cancellationToken);
                await followUps;
                logger.LogDebug("Cases copied in {Copied} (with the follow-ups of the batch before)", copied.Elapsed);
                followUps = BatchCopier.WriteFollowUpsAsync(followUpConnection, batch, cancellationToken);
                foreach (var (table, written) in batch.RowCounts())
                {
                    rows[table] = rows.GetValueOrDefault(table) + written;
                }

                logger.LogInformation("Large data set: {Done} of {Count} applicants after {Elapsed}", Math.Min(count, following), count, stopwatch.Elapsed);
            }

            await followUps;
            await ExecuteAsync(connection, DueItemsSql.InsertFor("SELECT a.id FROM applicants a WHERE NOT EXISTS (SELECT 1 FROM due_items d WHERE d.applicant_id = a.id)"), cancellationToken);
            // The date of each file's last entry, which the deferred triggers did not keep (FileLastEntrySql).
            await ExecuteAsync(connection, FileLastEntrySql.Backfill, cancellationToken);

            await ExecuteAsync(connection, $"RESET {ChangeCaptureSql.DeferSetting}", cancellationToken);
            await ExecuteAsync(connection, """
                SELECT gin_clean_pending_list(i.indexrelid::regclass)
                FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                WHERE am.amname = 'gin' AND i.indrelid = 'applicants'::regclass;
                RESET gin_pending_list_limit;
                ANALYZE;
                """, cancellationToken);
        }
        finally
        {
            await Task.WhenAny(followUps); // never leave a copy running on a connection that is being closed
            await connection.CloseAsync();
        }

        logger.LogInformation("Loaded {Count} large-set applicants in {Elapsed}", count, stopwatch.Elapsed);
        return new LargeSeedReport(count, rows, stopwatch.Elapsed);
    }

    private const string DeferChangeCapture = $"SET {ChangeCaptureSql.DeferSetting} = 'deferred'";

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static CaseBatch Generate(CaseGenerator generator, int start, int from, int count)
    {
        var batch = new CaseBatch();
        for (var i = from; i < Math.Min(count, from + BatchSize); i++)
        {
            generator.Add(start + i, i, batch);
        }

        return batch;
    }
}

/// <summary>What a large load wrote: rows per table and the time it took, COPY and ANALYZE together.</summary>
public sealed record LargeSeedReport(int Applicants, IReadOnlyDictionary<string, long> Rows, TimeSpan Elapsed)
{
    public long TotalRows => Rows.Values.Sum();
}
