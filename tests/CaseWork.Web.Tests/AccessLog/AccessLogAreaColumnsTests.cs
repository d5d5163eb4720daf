using System.Linq.Expressions;
using CaseWork.Domain.Access;
using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Infrastructure.Identity;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Seeding;
using CaseWork.Web.Pages.AccessLog;
using CaseWork.Web.Tests.Infrastructure;
using CaseWork.Web.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Web.Tests.AccessLog;

/// <summary>
/// Loggkontroll reads the area's key alone (migration LogCheckAreaColumns): each area row carries a copy of its entry's
/// action, purpose, user and applicant, written by the areas' trigger, and only a page's rows are joined to the log.
/// The search gives exactly what the search that joined every entry of the period gave (kept here as the oracle), and
/// the copies equal their entries however the log was written.
/// </summary>
public sealed class AccessLogAreaColumnsTests(AppFixture app) : AppTest(app)
{
    private const int PageSize = 20;

    [Fact]
    public async Task TheSearch_GivesWhatTheSearchJoiningEveryEntryGave_ForEachFilterAndArea_PagedOnAndBack()
    {
        await using (var scope = App.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedApplicantsAsync(60, seed: 7);
        }

        var log = await WriteAVariedLogAsync();
        await ChangeTheRegisterAfterwardsAsync();

        var today = AppTime.Today;
        var periods = new[] { (today.AddDays(-30), today), (today.AddDays(-60), today.AddDays(-20)) };
        var displayName = await DisplayNamePartAsync();
        var filters = new List<(string Name, AccessLogCriteria Criteria)>();
        foreach (var (from, to) in periods)
        {
            var all = new AccessLogCriteria(from, to, null, null, null, FlaggedOnly: false);
            filters.Add(("all", all));
            filters.Add(("user name", all with { User = "handlaggare" }));
            filters.Add(("display name", all with { User = displayName }));
            filters.Add(("user, no match", all with { User = "nobody%_" }));
            filters.Add(("person named and shown", all with { ApplicantDigits = log.Pin, ApplicantId = log.PinApplicantId }));
            filters.Add(("person not on record", all with { ApplicantDigits = "190001019999" }));
            filters.AddRange(Enum.GetValues<AccessKind>().Select(kind => ($"kind {kind}", all with { Kind = kind })));
        }

        filters.AddRange([.. filters.Select(f => (f.Name + ", flagged only", f.Criteria with { FlaggedOnly = true }))]);
        var viewers = new[]
        {
            new AccessLogViewer(null, Org.SpangaTenstaDistrict),
            new AccessLogViewer(Org.SpangaTenstaUnit, Org.SpangaTenstaDistrict),
            new AccessLogViewer(null, Org.HagerstenDistrict),
        };

        await using var scoped = App.Factory.Services.CreateAsyncScope();
        var query = scoped.ServiceProvider.GetRequiredService<AccessLogQuery>();
        await using var oracleDb = App.NewDbContext();
        var oracle = new JoiningEveryEntry(oracleDb, scoped.ServiceProvider.GetRequiredService<TimeProvider>());
        var flaggedSeen = 0;
        foreach (var viewer in viewers)
        {
            foreach (var (name, criteria) in filters)
            {
                var because = $"{name}, {criteria.From}–{criteria.To}, unit {viewer.UnitId}, district {viewer.DistrictId}";
                var expectedCount = await oracle.CountAsync(viewer, criteria);
                (await query.CountAsync(viewer, criteria, CancellationToken.None)).ShouldBe(expectedCount, because);
                flaggedSeen += expectedCount.Flagged;

                // On from the first page to the last, then back from the last to the first, page by page.
                var pages = new List<List<AccessLogRow>>();
                var page = await oracle.ReadAsync(viewer, criteria, null, null, PageSize);
                (await query.ReadAsync(viewer, criteria, null, null, PageSize, CancellationToken.None)).ShouldBe(page, because);
                while (page.Count > 0)
                {
                    pages.Add(page);
                    var after = AccessLogCursor.Of(page[^1]);
                    page = await oracle.ReadAsync(viewer, criteria, after, null, PageSize);
                    (await query.ReadAsync(viewer, criteria, after, null, PageSize, CancellationToken.None)).ShouldBe(page, because);
                }

                pages.Sum(p => p.Count).ShouldBe(expectedCount.Entries, because);
                for (var i = pages.Count - 1; i > 0; i--)
                {
                    var before = AccessLogCursor.Of(pages[i][0]);
                    var back = await oracle.ReadAsync(viewer, criteria, null, before, PageSize);
                    back.ShouldBe(pages[i - 1], because);
                    (await query.ReadAsync(viewer, criteria, null, before, PageSize, CancellationToken.None)).ShouldBe(back, because);
                }
            }
        }

        // The log is varied enough that every flag is there to be counted (the oracle's counts, summed).
        flaggedSeen.ShouldBeGreaterThan(100);
    }

    /// <summary>
    /// The areas' trigger copies the entry's action, purpose, user and applicant into each of its area rows, for every
    /// action and purpose, however the log is written: one entry saved by the app, many in one save, the large
    /// loader's binary COPY, and an INSERT … SELECT.
    /// </summary>
    [Fact]
    public async Task EveryAreaRow_CarriesItsEntrysActionPurposeUserAndApplicant_HoweverTheLogIsWritten()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds["socialsekreterare.st"]);
        var elsewhere = await App.AddApplicantAsync(Org.HagerstenUnit, "Omar", "Berg", protectedIdentity: true);
        var users = new[] { "socialsekreterare.st", "handlaggare1.st", "socialsekreterare.hl" };
        var applicants = new Guid?[] { own.Id, elsewhere.Id, null, Guid.CreateVersion7() };
        var purposes = Enum.GetValues<ReadPurpose>().Select(p => (ReadPurpose?)p).Prepend(null).ToList();
        var now = AppTime.UtcNow;
        var entries = Enum.GetValues<AuditAction>().SelectMany(a => purposes.Select(p => (Action: a, Purpose: p)))
            .Select((c, i) => new AuditEntry(
                now.AddSeconds(-i), i % 13 == 0 ? null : Org.UserIds[users[i % users.Length]], users[i % users.Length], c.Action, applicants[i % applicants.Length], $"{i}", c.Purpose))
            .ToList();
        var quarter = entries.Count / 4;

        // One entry a save, as the app writes a read.
        foreach (var entry in entries.Take(quarter))
        {
            await using var db = App.NewDbContext();
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
        }

        // Many in one save.
        await using (var db = App.NewDbContext())
        {
            db.AuditEntries.AddRange(entries.Skip(quarter).Take(quarter));
            await db.SaveChangesAsync();
        }

        await using var connection = new NpgsqlConnection(TestDatabase.ConnectionString);
        await connection.OpenAsync();

        // The large loader's binary COPY (BatchCopier).
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY audit_entries (action, applicant_id, detail, occurred_at, purpose, user_id, user_name) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var entry in entries.Skip(2 * quarter).Take(quarter))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(entry.Action.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, entry.ApplicantId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(entry.Detail!, NpgsqlDbType.Varchar);
                await writer.WriteAsync(entry.OccurredAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, entry.Purpose?.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, entry.UserId, NpgsqlDbType.Varchar);
                await writer.WriteAsync(entry.UserName, NpgsqlDbType.Varchar);
            }

            await writer.CompleteAsync();
        }

        // An INSERT … SELECT of the rest, as a statement of many rows.
        var rest = entries.Skip(3 * quarter).ToList();
        await using (var insert = new NpgsqlCommand(
            """
            INSERT INTO audit_entries (action, applicant_id, detail, occurred_at, purpose, user_id, user_name)
            SELECT r.action, r.applicant_id, r.detail, r.occurred_at, r.purpose, r.user_id, r.user_name
            FROM unnest($1::text[], $2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::text[])
                AS r (action, applicant_id, detail, occurred_at, purpose, user_id, user_name)
            """,
            connection))
        {
            insert.Parameters.Add(new() { Value = rest.Select(e => e.Action.ToString()).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.ApplicantId).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.Detail).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.OccurredAt).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.Purpose?.ToString()).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.UserId).ToArray() });
            insert.Parameters.Add(new() { Value = rest.Select(e => e.UserName).ToArray() });
            await insert.ExecuteNonQueryAsync();
        }

        await using var check = App.NewDbContext();
        var copies = await check.AuditEntryAreas
            .Join(check.AuditEntries, x => x.AuditEntryId, e => e.Id, (x, e) => new
            {
                e.Detail,
                Entry = new { e.Action, e.Purpose, e.UserId, e.ApplicantId },
                Copy = new { x.Action, x.Purpose, x.UserId, x.ApplicantId },
            })
            .ToListAsync();

        // Every entry with an area (its user's, or its applicant's on record) has its rows, each a copy of the entry.
        var withAnArea = entries.Where(e => e.UserId != null || e.ApplicantId == own.Id || e.ApplicantId == elsewhere.Id).ToList();
        copies.Select(c => c.Detail).Distinct().ShouldBe(withAnArea.Select(e => e.Detail), ignoreOrder: true);
        copies.Where(c => !c.Copy.Equals(c.Entry)).ShouldBeEmpty();
        copies.Select(c => (c.Copy.Action, c.Copy.Purpose)).Distinct().ShouldBe(withAnArea.Select(e => (e.Action, e.Purpose)).Distinct(), ignoreOrder: true);
        copies.ShouldContain(c => c.Copy.UserId == null);
        copies.ShouldContain(c => c.Copy.ApplicantId == null);
        copies.ShouldContain(c => c.Copy.Purpose == null);
    }

    /// <summary>
    /// EF Core models the area's key but cannot say INCLUDE of one: the migration makes it by SQL, and a key made again
    /// from the model would lose the columns the log check reads the key alone for.
    /// </summary>
    [Fact]
    public async Task TheAreasKey_CarriesTheEntrysColumnsAndTheMark_ForTheCheckToReadItAlone()
    {
        await using var db = App.NewDbContext();

        var definitions = await db.Database
            .SqlQuery<string>($"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE tablename = 'audit_entry_areas' ORDER BY indexname")
            .ToListAsync();

        definitions.ShouldBe(
        [
            "CREATE INDEX ix_audit_entry_areas_flag_candidates ON public.audit_entry_areas USING btree (kind, area_id, occurred_at, audit_entry_id) " +
                "INCLUDE (action, purpose, user_id, applicant_id, flag_candidate) WHERE flag_candidate",
            "CREATE UNIQUE INDEX pk_audit_entry_areas ON public.audit_entry_areas USING btree (kind, area_id, occurred_at, audit_entry_id) " +
                "INCLUDE (action, purpose, user_id, applicant_id, flag_candidate)",
        ]);
    }

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type) =>
        value is null ? writer.WriteNullAsync() : writer.WriteAsync(value, type);

    /// <summary>
    /// Reads and refusals of the demo applicants over two months by every demo login and by nobody (a system entry), with
    /// every purpose or none, some naming an applicant no longer on record, the lists showing several people; some
    /// entries share their time, so that the id decides between them.
    /// </summary>
    private async Task<(string Pin, Guid PinApplicantId)> WriteAVariedLogAsync()
    {
        await using var db = App.NewDbContext();
        var applicants = await db.Applicants.IgnoreQueryFilters().OrderBy(a => a.PersonalIdentityNumber).Select(a => new { a.Id, a.PersonalIdentityNumber }).ToListAsync();
        var users = await db.Users.OrderBy(u => u.UserName).Select(u => new { u.Id, u.UserName }).ToListAsync();
        var actions = Enum.GetValues<AuditAction>();
        var purposes = Enum.GetValues<ReadPurpose>();
        var random = new Random(17);
        var now = AppTime.UtcNow;
        var target = applicants[3];
        var entries = new List<AuditEntry>();
        for (var i = 0; i < 700; i++)
        {
            var at = i % 5 == 0 && entries.Count > 0 ? entries[^1].OccurredAt : now.AddMinutes(-random.Next(0, 60 * 24 * 70));
            var user = random.Next(12) == 0 ? null : users[random.Next(users.Count)];
            var action = random.Next(3) == 0 ? AuditAction.ApplicantViewed : actions[random.Next(actions.Length)];
            ReadPurpose? purpose = random.Next(3) == 0 ? null : purposes[random.Next(purposes.Length)];
            var applicant = random.Next(10) switch
            {
                0 or 1 => (Guid?)null,
                2 => Guid.CreateVersion7(),
                3 => target.Id,
                _ => applicants[random.Next(applicants.Count)].Id,
            };
            var shown = random.Next(6) == 0 ? applicants.OrderBy(_ => random.Next()).Take(random.Next(1, 6)).Select(a => a.Id).Append(target.Id).ToList() : null;
            entries.Add(new AuditEntry(at, user?.Id, user?.UserName ?? "system", action, applicant, $"entry {i}", purpose, shownApplicantIds: shown));
        }

        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
        return (target.PersonalIdentityNumber, target.Id);
    }

    /// <summary>What the flags read of the applicant is the register's now: some cases change worker or protection after the reads.</summary>
    private async Task ChangeTheRegisterAfterwardsAsync()
    {
        await using var db = App.NewDbContext();
        var ids = await db.Applicants.IgnoreQueryFilters().OrderBy(a => a.PersonalIdentityNumber).Select(a => a.Id).ToListAsync();
        var colleague = Org.UserIds["handlaggare1.st"];
        await db.Applicants.IgnoreQueryFilters().Where(a => ids.Take(10).Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.AssignedWorkerId, colleague));
        await db.Applicants.IgnoreQueryFilters().Where(a => ids.Skip(10).Take(10).Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.AssignedWorkerId, (string?)null));
        await db.Applicants.IgnoreQueryFilters().Where(a => ids.Skip(20).Take(5).Contains(a.Id) || a.Id == ids[3]).ExecuteUpdateAsync(s => s.SetProperty(a => a.HasProtectedIdentity, true));
    }

    /// <summary>A part of a user's display name that their user name does not hold.</summary>
    private async Task<string> DisplayNamePartAsync()
    {
        await using var db = App.NewDbContext();
        var name = await db.Users.Where(u => u.UserName == "handlaggare1.st").Select(u => u.DisplayName).SingleAsync();
        return name.Split(' ')[^1];
    }

    /// <summary>
    /// The search as it was before LogCheckAreaColumns, the oracle: every entry of the area's period joined to the log,
    /// the register's applicant and the user, then filtered, counted and paged on the joined rows.
    /// </summary>
    private sealed class JoiningEveryEntry(CaseWorkDbContext db, TimeProvider clock)
    {
        private static readonly List<AuditAction> Reads = [.. AccessLogRules.ReadsOfOneApplicant];
        private static readonly List<AuditAction> FileAccesses = [.. AccessLogRules.FileAccesses];
        private static readonly List<AuditAction> LogCheckActions = [AuditAction.AccessLogSearched, AuditAction.AccessLogExported, AuditAction.AccessLogChecked];

        private static Expression<Func<Joined, bool>> Flagged => x =>
            x.Entry.Action == AuditAction.AccessDenied
            || x.Entry.Purpose == ReadPurpose.Refused
            || x.Entry.Purpose == ReadPurpose.StatedReason
            || (x.Entry.Purpose == null && x.Applicant != null && Reads.Contains(x.Entry.Action)
                && (x.Applicant.AssignedWorkerId == null || x.Applicant.AssignedWorkerId != x.Entry.UserId))
            || (x.Applicant != null && FileAccesses.Contains(x.Entry.Action) && x.Applicant.HasProtectedIdentity);

        public async Task<(int Entries, int Flagged)> CountAsync(AccessLogViewer viewer, AccessLogCriteria criteria)
        {
            var counts = await Matching(viewer, criteria).Select(Flagged)
                .GroupBy(_ => 1)
                .Select(g => new { Entries = g.Count(), Flagged = g.Count(flagged => flagged) })
                .SingleOrDefaultAsync();
            return counts is null ? (0, 0) : (counts.Entries, counts.Flagged);
        }

        public async Task<List<AccessLogRow>> ReadAsync(AccessLogViewer viewer, AccessLogCriteria criteria, AccessLogCursor? after, AccessLogCursor? before, int take)
        {
            var rows = Matching(viewer, criteria);
            if (before is { } b)
            {
                var back = await Project(rows
                    .Where(x => x.Area.OccurredAt > b.OccurredAt || (x.Area.OccurredAt == b.OccurredAt && x.Area.AuditEntryId > b.Id))
                    .OrderBy(x => x.Area.OccurredAt).ThenBy(x => x.Area.AuditEntryId)
                    .Take(take)).ToListAsync();
                back.Reverse();
                return back;
            }

            if (after is { } a)
            {
                rows = rows.Where(x => x.Area.OccurredAt < a.OccurredAt || (x.Area.OccurredAt == a.OccurredAt && x.Area.AuditEntryId < a.Id));
            }

            return await Project(rows.OrderByDescending(x => x.Area.OccurredAt).ThenByDescending(x => x.Area.AuditEntryId).Take(take)).ToListAsync();
        }

        private static IQueryable<AccessLogRow> Project(IQueryable<Joined> rows) =>
            rows.Select(x => new AccessLogRow(
                x.Entry.Id,
                x.Entry.OccurredAt,
                x.Entry.UserId,
                x.Entry.UserName,
                x.User == null ? null : x.User.DisplayName,
                x.Entry.Action,
                x.Entry.ApplicantId,
                x.Applicant == null ? null : x.Applicant.LastName + ", " + x.Applicant.FirstName,
                x.Applicant == null ? null : x.Applicant.PersonalIdentityNumber,
                x.Applicant == null ? null : x.Applicant.AssignedWorkerId,
                x.Applicant != null && x.Applicant.HasProtectedIdentity,
                x.Entry.Detail,
                x.Entry.Purpose,
                x.Entry.Reason,
                x.Entry.ReasonText,
                x.Entry.ShownApplicantIds == null ? 0 : x.Entry.ShownApplicantIds.Length));

        private IQueryable<Joined> Matching(AccessLogViewer viewer, AccessLogCriteria criteria)
        {
            var from = StartOf(criteria.From);
            var to = StartOf(criteria.To.AddDays(1));
            var (areaKind, area) = viewer.UnitId is { } unit ? (AuditAreaKind.Unit, unit) : (AuditAreaKind.District, viewer.DistrictId!.Value);
            var rows = db.AuditEntryAreas.AsNoTracking()
                .Where(x => x.Kind == areaKind && x.AreaId == area && x.OccurredAt >= from && x.OccurredAt < to)
                .Join(db.AuditEntries.AsNoTracking(), x => x.AuditEntryId, e => e.Id, (x, e) => new { Area = x, Entry = e })
                .LeftJoin(db.Applicants.IgnoreQueryFilters(), x => x.Entry.ApplicantId, a => (Guid?)a.Id, (x, a) => new { x.Area, x.Entry, Applicant = a })
                .LeftJoin(db.Users, x => x.Entry.UserId, u => u.Id, (x, u) => new Joined { Area = x.Area, Entry = x.Entry, Applicant = x.Applicant, User = u });

            if (!string.IsNullOrWhiteSpace(criteria.User))
            {
                var pattern = LikePattern.Containing(criteria.User.Trim());
                rows = rows.Where(x => EF.Functions.ILike(x.Entry.UserName, pattern) || EF.Functions.ILike(x.User!.DisplayName, pattern));
            }

            if (criteria.ApplicantDigits is { } digits)
            {
                var shown = new[] { criteria.ApplicantId ?? Guid.Empty };
                rows = rows.Where(x => x.Applicant!.PersonalIdentityNumber == digits
                    || (criteria.ApplicantId != null && x.Entry.ShownApplicantIds != null && x.Entry.ShownApplicantIds.Any(id => shown.Contains(id))));
            }

            if (criteria.Kind is { } kind)
            {
                var actions = AccessLogRules.ActionsOf(kind).ToList();
                rows = rows.Where(x => actions.Contains(x.Entry.Action));
            }
            else
            {
                rows = rows.Where(x => !LogCheckActions.Contains(x.Entry.Action));
            }

            return criteria.FlaggedOnly ? rows.Where(Flagged) : rows;
        }

        private DateTimeOffset StartOf(DateOnly day)
        {
            var local = day.ToDateTime(TimeOnly.MinValue);
            return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
        }

        private sealed class Joined
        {
            public required AuditEntryArea Area { get; init; }

            public required AuditEntry Entry { get; init; }

            public Applicant? Applicant { get; init; }

            public AppUser? User { get; init; }
        }
    }
}
