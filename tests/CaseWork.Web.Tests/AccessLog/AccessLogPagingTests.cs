using System.Net;
using System.Text.RegularExpressions;
using CaseWork.Domain.Access;
using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Pages.AccessLog;
using CaseWork.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseWork.Web.Tests.AccessLog;

/// <summary>
/// Loggkontroll at a year's volume: an area's entries come from the areas fixed when each entry was written, the
/// pages go on and back by keyset from the entry shown, and a page count and the flagged count come in one count.
/// </summary>
public sealed partial class AccessLogPagingTests(AppFixture app) : AppTest(app)
{
    private const string Worker = "socialsekreterare.st";
    private const string Colleague = "handlaggare1.st";
    private const string Outsider = "socialsekreterare.hl";

    [Fact]
    public async Task Pages_GoOnAndBack_ByKeyset_ShowingEveryEntryOnce_NewestFirst_EvenWhereTimesAreEqual()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var now = AppTime.UtcNow;
        // Two entries to each second, so that the id decides between them.
        await AddEntriesAsync(Enumerable.Range(0, 120).Select(i => new AuditEntry(now.AddSeconds(-(i / 2)), Org.UserIds[Colleague], Colleague, AuditAction.ApplicantViewed, own.Id, null)));
        await using var db = App.NewDbContext();
        var newestFirst = await db.AuditEntries.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(e => e.Id).ToListAsync();
        var viewer = new AccessLogViewer(null, Org.SpangaTenstaDistrict);
        var criteria = Criteria();

        var first = await ReadAsync(viewer, criteria, null, null);
        var second = await ReadAsync(viewer, criteria, AccessLogCursor.Of(first[^1]), null);
        var third = await ReadAsync(viewer, criteria, AccessLogCursor.Of(second[^1]), null);

        first.Select(r => r.Id).Concat(second.Select(r => r.Id)).Concat(third.Select(r => r.Id)).ShouldBe(newestFirst);
        third.Count.ShouldBe(20);
        (await ReadAsync(viewer, criteria, AccessLogCursor.Of(third[^1]), null)).ShouldBeEmpty();
        (await ReadAsync(viewer, criteria, null, AccessLogCursor.Of(third[0]))).Select(r => r.Id).ShouldBe(second.Select(r => r.Id));
        (await ReadAsync(viewer, criteria, null, AccessLogCursor.Of(second[0]))).Select(r => r.Id).ShouldBe(first.Select(r => r.Id));
        (await ReadAsync(viewer, criteria, null, AccessLogCursor.Of(first[0]))).ShouldBeEmpty();
    }

    [Fact]
    public async Task TheArea_IsTheApplicantsOrTheUsers_AsTheyWereWhenTheEntryWasWritten()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var elsewhere = await App.AddApplicantAsync(Org.HagerstenUnit, "Omar", "Berg");
        var now = AppTime.UtcNow;
        await AddEntriesAsync(
        [
            new(now, Org.UserIds[Outsider], Outsider, AuditAction.ApplicantViewed, own.Id, "their applicant, read from elsewhere"),
            new(now, Org.UserIds[Worker], Worker, AuditAction.ApplicantViewed, elsewhere.Id, "their user, reading elsewhere"),
            new(now, Org.UserIds[Outsider], Outsider, AuditAction.ApplicantViewed, elsewhere.Id, "nothing of theirs"),
            new(now, Org.UserIds[Worker], Worker, AuditAction.ApplicantListSearched, null, "their user, no applicant"),
        ]);
        await using (var db = App.NewDbContext())
        {
            // Moving the applicant later does not move what was read while the case was here.
            await db.Applicants.IgnoreQueryFilters().Where(a => a.Id == own.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.UnitId, Org.HagerstenUnit).SetProperty(a => a.DistrictId, Org.HagerstenDistrict));
        }

        var district = await ReadAsync(new AccessLogViewer(null, Org.SpangaTenstaDistrict), Criteria(), null, null);
        var unit = await ReadAsync(new AccessLogViewer(Org.SpangaTenstaUnit, Org.SpangaTenstaDistrict), Criteria(), null, null);
        var other = await ReadAsync(new AccessLogViewer(null, Org.HagerstenDistrict), Criteria(), null, null);

        await using var check = App.NewDbContext();
        var details = await check.AuditEntries.ToDictionaryAsync(e => e.Id, e => e.Detail);
        district.Select(r => details[r.Id]).ShouldBe(["their applicant, read from elsewhere", "their user, reading elsewhere", "their user, no applicant"], ignoreOrder: true);
        unit.Select(r => details[r.Id]).ShouldBe(district.Select(r => details[r.Id]), ignoreOrder: true);
        other.Select(r => details[r.Id]).ShouldBe(["their applicant, read from elsewhere", "their user, reading elsewhere", "nothing of theirs"], ignoreOrder: true);
    }

    [Fact]
    public async Task ThePage_LinksNextAndPrevious_ByTheEntriesShown_AndCountsOnce()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var now = AppTime.UtcNow;
        await AddEntriesAsync(Enumerable.Range(0, 60).Select(i => new AuditEntry(now.AddSeconds(-i), Org.UserIds[Colleague], Colleague, AuditAction.ApplicantViewed, own.Id, null)));
        var head = await SignInAsync("enhetschef.st");
        var today = AppTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var first = await head.GetStringAsync($"/AccessLog?from={today}&to={today}");
        first.ShouldContain("Träffar: 60, varav flaggade: 60.");
        first.ShouldContain("Sida 1 av 2");
        var second = await head.GetStringAsync(Link(first, "after"));
        second.ShouldContain("Sida 2 av 2");
        FindLink(second, "after").ShouldBeNull();
        var back = await head.GetStringAsync(Link(second, "before"));
        back.ShouldContain("Sida 1 av 2");
        Rows(back).ShouldBe(Rows(first));

        (await head.GetAsync($"/AccessLog?from={today}&to={today}&after=not-a-cursor")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>The log marks what may be flagged by itself as it writes each entry (AuditEntryArea.FlagCandidate, LogCheckFlagColumn).</summary>
    [Fact]
    public async Task AnEntry_IsMarkedAFlagCandidate_WhenRefusedReadWithAReasonOrReadWithoutAPurpose_AndNotAReadWithATaskOrAChange()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var now = AppTime.UtcNow;
        await AddEntriesAsync(
        [
            Entry(now, Colleague, AuditAction.AccessDenied, own, "refused access"),
            Entry(now, Colleague, AuditAction.ApplicantViewed, own, "refused read", ReadPurpose.Refused),
            Entry(now, Colleague, AuditAction.ReadReasonStated, own, "reason stated", ReadPurpose.StatedReason),
            Entry(now, Colleague, AuditAction.ApplicantViewed, own, "read with a reason", ReadPurpose.StatedReason),
            Entry(now, Colleague, AuditAction.ApplicantViewed, own, "read without a purpose"),
            Entry(now, Worker, AuditAction.RecordExtractProduced, own, "extract"),
            Entry(now, Worker, AuditAction.ApplicantViewed, own, "own case", ReadPurpose.OwnCase),
            Entry(now, Colleague, AuditAction.ApplicantViewed, own, "covering", ReadPurpose.Covering),
            Entry(now, Worker, AuditAction.AidMonthRecorded, own, "change"),
            Entry(now, Worker, AuditAction.ApplicantListSearched, null, "search"),
        ]);

        await using var db = App.NewDbContext();
        var marks = await db.AuditEntryAreas.Join(db.AuditEntries, x => x.AuditEntryId, e => e.Id, (x, e) => new { e.Detail, x.FlagCandidate }).ToListAsync();

        marks.Select(m => m.Detail).Distinct().Count().ShouldBe(10);
        marks.Where(m => m.FlagCandidate).Select(m => m.Detail).Distinct().ShouldBe(
            ["refused access", "refused read", "reason stated", "read with a reason", "read without a purpose", "extract"], ignoreOrder: true);
        marks.Where(m => !m.FlagCandidate).Select(m => m.Detail).Distinct().ShouldBe(["own case", "covering", "change", "search"], ignoreOrder: true);
    }

    /// <summary>
    /// The trigger's mark is SQL written into a migration, the flags are <see cref="AccessLogRules.FlagsFor"/>: for every
    /// action and purpose, an entry a colleague outside the caseload writes is marked exactly when the rules flag it (a
    /// protected identity aside, which the search reads from the applicants), so a rule changed without a new trigger
    /// fails here instead of leaving flagged entries out of the flagged-only search.
    /// </summary>
    [Fact]
    public async Task TheMark_IsExactlyWhatTheRulesFlag_ForEveryActionAndPurpose()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var now = AppTime.UtcNow;
        var purposes = Enum.GetValues<ReadPurpose>().Select(p => (ReadPurpose?)p).Prepend(null).ToList();
        var cases = Enum.GetValues<AuditAction>().SelectMany(a => purposes.Select(p => (Action: a, Purpose: p))).ToList();
        await AddEntriesAsync(cases.Select((c, i) => Entry(now.AddSeconds(-i), Colleague, c.Action, own, $"{c.Action} {c.Purpose}", c.Purpose)));

        await using var db = App.NewDbContext();
        var marks = await db.AuditEntryAreas.Join(db.AuditEntries, x => x.AuditEntryId, e => e.Id, (x, e) => new { e.Detail, x.FlagCandidate })
            .ToListAsync();

        foreach (var (action, purpose) in cases)
        {
            var flagged = AccessLogRules.FlagsFor(action, Org.UserIds[Colleague], new ApplicantOnRecord(Org.UserIds[Worker], ProtectedIdentity: false), purpose)
                != AccessAlerts.None;
            marks.Where(m => m.Detail == $"{action} {purpose}").Select(m => m.FlagCandidate).Distinct()
                .ShouldBe([flagged], $"{action} with purpose {purpose?.ToString() ?? "none"}");
        }
    }

    /// <summary>
    /// The flagged-only search reads the area's marked entries and those of protected identities: it must find exactly
    /// what the rules flag in the whole search, each once (an entry in both sets), paged by keyset like the rest.
    /// </summary>
    [Fact]
    public async Task FlaggedOnly_IsExactlyTheFlaggedEntriesOfTheWholeSearch_EachOnce_PagedByKeyset()
    {
        var own = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Lina", "Ek", assignedWorker: Org.UserIds[Worker]);
        var hidden = await App.AddApplicantAsync(Org.SpangaTenstaUnit, "Nora", "Sky", assignedWorker: Org.UserIds[Worker], protectedIdentity: true);
        var hiddenElsewhere = await App.AddApplicantAsync(Org.HagerstenUnit, "Omar", "Berg", protectedIdentity: true);
        var now = AppTime.UtcNow;
        await AddEntriesAsync(
        [
            Entry(now, Worker, AuditAction.ApplicantViewed, own, "own case", ReadPurpose.OwnCase),
            Entry(now.AddSeconds(-1), Colleague, AuditAction.ApplicantViewed, own, "outside the caseload"),
            Entry(now.AddSeconds(-2), Worker, AuditAction.ApplicantViewed, own, "assigned, without a purpose"),
            Entry(now.AddSeconds(-3), Colleague, AuditAction.AccessDenied, hidden, "refused, protected"),
            Entry(now.AddSeconds(-4), Colleague, AuditAction.ApplicantViewed, hidden, "reason, protected", ReadPurpose.StatedReason),
            Entry(now.AddSeconds(-5), Worker, AuditAction.AidMonthRecorded, hidden, "change, protected", ReadPurpose.OwnCase),
            Entry(now.AddSeconds(-5), Worker, AuditAction.ApplicantListSearched, hidden, "search, protected"),
            Entry(now.AddSeconds(-6), Outsider, AuditAction.ApplicantViewed, hiddenElsewhere, "protected elsewhere", ReadPurpose.OwnCase),
            Entry(now.AddDays(-3), Worker, AuditAction.ApplicantViewed, hidden, "protected, before the period", ReadPurpose.OwnCase),
            Entry(now.AddSeconds(-7), Colleague, AuditAction.ApplicantViewed, own, "refused read", ReadPurpose.Refused),
        ]);
        var viewer = new AccessLogViewer(null, Org.SpangaTenstaDistrict);
        var all = await ReadAsync(viewer, Criteria(), null, null);
        var expected = all.Where(r => r.Alerts != AccessAlerts.None).Select(r => r.Id).ToList();
        var flagged = Criteria() with { FlaggedOnly = true };

        await using var scope = App.Factory.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<AccessLogQuery>();
        var pages = new List<AccessLogRow>();
        for (var page = await query.ReadAsync(viewer, flagged, null, null, 2, CancellationToken.None); page.Count > 0;
             page = await query.ReadAsync(viewer, flagged, AccessLogCursor.Of(page[^1]), null, 2, CancellationToken.None))
        {
            pages.AddRange(page);
        }

        await using var check = App.NewDbContext();
        var details = await check.AuditEntries.ToDictionaryAsync(e => e.Id, e => e.Detail);
        expected.Select(id => details[id]).ShouldBe(["outside the caseload", "refused, protected", "reason, protected", "change, protected", "refused read"]);
        pages.Select(r => r.Id).ShouldBe(expected);
        (await query.CountAsync(viewer, flagged, CancellationToken.None)).ShouldBe((5, 5));
        (await query.CountAsync(viewer, Criteria(), CancellationToken.None)).ShouldBe((8, 5));
        (await query.ReadAsync(viewer, flagged, null, AccessLogCursor.Of(pages[2]), 2, CancellationToken.None)).Select(r => r.Id).ShouldBe(expected.Take(2));
    }

    private AuditEntry Entry(DateTimeOffset at, string userName, AuditAction action, Applicant? applicant, string detail, ReadPurpose? purpose = null) =>
        new(at, Org.UserIds[userName], userName, action, applicant?.Id, detail, purpose);

    private static AccessLogCriteria Criteria()
    {
        var today = AppTime.Today;
        return new AccessLogCriteria(today.AddDays(-1), today, null, null, null, FlaggedOnly: false);
    }

    private async Task<List<AccessLogRow>> ReadAsync(AccessLogViewer viewer, AccessLogCriteria criteria, AccessLogCursor? after, AccessLogCursor? before)
    {
        await using var scope = App.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AccessLogQuery>().ReadAsync(viewer, criteria, after, before, AccessLogQuery.PageSize, CancellationToken.None);
    }

    private async Task AddEntriesAsync(IEnumerable<AuditEntry> entries)
    {
        await using var db = App.NewDbContext();
        db.AuditEntries.AddRange(entries);
        await db.SaveChangesAsync();
    }

    private static string Link(string html, string cursor) => FindLink(html, cursor).ShouldNotBeNull();

    private static string? FindLink(string html, string cursor) =>
        PageLink().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).FirstOrDefault(href => href.Contains(cursor + "=", StringComparison.Ordinal));

    private static List<string> Rows(string html) => [.. TableRow().Matches(html).Select(m => m.Value)];

    [GeneratedRegex("""class="page-link" href="([^"]+)""")]
    private static partial Regex PageLink();

    [GeneratedRegex("""<tr[\s>].*?</tr>""", RegexOptions.Singleline)]
    private static partial Regex TableRow();
}
