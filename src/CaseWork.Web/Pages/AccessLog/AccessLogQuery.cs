using System.Linq.Expressions;

namespace CaseWork.Web.Pages.AccessLog;

/// <summary>What the checker searches the log for; the period is in local days, both ends included.</summary>
/// <param name="ApplicantId">The applicant the personnummer names, if on record: lists that showed them are found by it.</param>
public sealed record AccessLogCriteria(DateOnly From, DateOnly To, string? User, string? ApplicantDigits, AccessKind? Kind, bool FlaggedOnly, Guid? ApplicantId = null);

/// <summary>One entry of the log with what the register holds now of the applicant and the user it names.</summary>
public sealed record AccessLogRow(
    long Id,
    DateTimeOffset OccurredAt,
    string? UserId,
    string UserName,
    string? UserDisplayName,
    AuditAction Action,
    Guid? ApplicantId,
    string? ApplicantName,
    string? PersonalIdentityNumber,
    string? AssignedWorkerId,
    bool HasProtectedIdentity,
    string? Detail,
    ReadPurpose? Purpose = null,
    ReadReason? Reason = null,
    string? ReasonText = null,
    int PeopleShown = 0)
{
    /// <summary>The applicant's record still exists (it is gone once retention has deleted it).</summary>
    public bool ApplicantOnRecord => PersonalIdentityNumber is not null;

    public AccessAlerts Alerts =>
        AccessLogRules.FlagsFor(Action, UserId, ApplicantOnRecord ? new ApplicantOnRecord(AssignedWorkerId, HasProtectedIdentity) : null, Purpose);
}

/// <summary>
/// Where a page of the log starts: after the last entry of the page before it (going on) or before the first entry of
/// the page after it (going back), by time and id; neither is the first page. Written in a link as "ticks.id".
/// </summary>
public sealed record AccessLogCursor(DateTimeOffset OccurredAt, long Id)
{
    public static AccessLogCursor Of(AccessLogRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.OccurredAt, row.Id);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{OccurredAt.UtcTicks}.{Id}");

    public static AccessLogCursor? Parse(string? text)
    {
        var parts = text?.Split('.');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t >= DateTimeOffset.MinValue.UtcTicks && t <= DateTimeOffset.MaxValue.UtcTicks
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? new AccessLogCursor(new DateTimeOffset(t, TimeSpan.Zero), i)
            : null;
    }
}

/// <summary>
/// Searches the access log within a viewer's area. Case scope does not apply here: the checker must see which
/// applicant was read, whoever they are, so the area is applied explicitly instead.
/// </summary>
public sealed class AccessLogQuery(CaseWorkDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    /// <summary>The most rows an export holds; the page says so when the search found more.</summary>
    public const int MaxExportRows = 20_000;

    /// <summary>The name of the viewer's unit, or of their district when they check a district.</summary>
    public Task<string> AreaNameAsync(AccessLogViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.UnitId is { } unit
            ? db.Units.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync(cancellationToken)
            : db.Districts.Where(d => d.Id == viewer.DistrictId).Select(d => d.Name).SingleAsync(cancellationToken);
    }

    public Task<List<LogCheck>> RecentChecksAsync(AccessLogViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return db.LogChecks.AsNoTracking()
            .Where(c => viewer.UnitId != null ? c.UnitId == viewer.UnitId : c.DistrictId == viewer.DistrictId)
            .OrderByDescending(c => c.CheckedAt)
            .Take(10)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The applicant with this personnummer anywhere in the register: the checker's area is not the case scope.</summary>
    public Task<Guid?> ApplicantIdAsync(string digits, CancellationToken cancellationToken) =>
        db.Applicants.IgnoreQueryFilters().Where(a => a.PersonalIdentityNumber == digits).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// The entries and the flagged ones among them, in one count, from the area's key alone (its INCLUDE columns): only
    /// the entries that may be flagged for their applicant look the applicant up.
    /// </summary>
    public async Task<(int Entries, int Flagged)> CountAsync(AccessLogViewer viewer, AccessLogCriteria criteria, CancellationToken cancellationToken)
    {
        if (criteria.FlaggedOnly)
        {
            // Every entry found is flagged: the rules are not asked twice of each.
            var found = await Matching(viewer, criteria).CountAsync(cancellationToken);
            return (found, found);
        }

        var counts = await Matching(viewer, criteria).Select(Flagged())
            .GroupBy(_ => 1)
            .Select(g => new { Entries = g.Count(), Flagged = g.Count(flagged => flagged) })
            .SingleOrDefaultAsync(cancellationToken);
        return counts is null ? (0, 0) : (counts.Entries, counts.Flagged);
    }

    /// <summary>
    /// A page of entries, newest first, after <paramref name="after"/> or before <paramref name="before"/> (keyset:
    /// the area's index is read from the cursor on, however deep the page), or the first page with neither. The page
    /// is found in the area's key alone; only its rows are joined to the log and the register for what they show.
    /// </summary>
    public Task<List<AccessLogRow>> ReadAsync(
        AccessLogViewer viewer, AccessLogCriteria criteria, AccessLogCursor? after, AccessLogCursor? before, int take, CancellationToken cancellationToken)
    {
        var rows = Matching(viewer, criteria);
        if (before is { } b)
        {
            return Project(rows
                .Where(x => x.OccurredAt > b.OccurredAt || (x.OccurredAt == b.OccurredAt && x.AuditEntryId > b.Id))
                .OrderBy(x => x.OccurredAt).ThenBy(x => x.AuditEntryId)
                .Take(take)).ToListAsync(cancellationToken);
        }

        if (after is { } a)
        {
            rows = rows.Where(x => x.OccurredAt < a.OccurredAt || (x.OccurredAt == a.OccurredAt && x.AuditEntryId < a.Id));
        }

        return Project(rows.OrderByDescending(x => x.OccurredAt).ThenByDescending(x => x.AuditEntryId).Take(take)).ToListAsync(cancellationToken);
    }

    /// <summary>A page's area rows joined to their entries, the applicants and the users, newest first.</summary>
    private IQueryable<AccessLogRow> Project(IQueryable<AuditEntryArea> page) =>
        page.Join(db.AuditEntries.AsNoTracking(), x => x.AuditEntryId, e => e.Id, (x, e) => new { Area = x, Entry = e })
            .LeftJoin(db.Applicants.IgnoreQueryFilters(), x => x.Entry.ApplicantId, a => (Guid?)a.Id, (x, a) => new { x.Area, x.Entry, Applicant = a })
            .LeftJoin(db.Users, x => x.Entry.UserId, u => u.Id, (x, u) => new { x.Area, x.Entry, x.Applicant, User = u })
            .OrderByDescending(x => x.Area.OccurredAt).ThenByDescending(x => x.Area.AuditEntryId)
            .Select(x => new AccessLogRow(
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

    /// <summary>
    /// The area's entries of the period: read from the areas the log fixed when each entry was written (the
    /// applicant's and the user's district or unit), through the one index on (area, time, id), which carries the
    /// entry's action, purpose, user and applicant (<see cref="AuditEntryArea.Action"/>). What the register holds now
    /// (the user's name, the applicant's personnummer, assigned worker and protected identity) is asked of it by the
    /// filters that need it, as subqueries, so that the default search reads nothing but the area's key.
    /// </summary>
    private IQueryable<AuditEntryArea> Matching(AccessLogViewer viewer, AccessLogCriteria criteria)
    {
        var from = StartOf(criteria.From);
        var to = StartOf(criteria.To.AddDays(1));
        var (areaKind, area) = viewer.UnitId is { } unit ? (AuditAreaKind.Unit, unit) : (AuditAreaKind.District, viewer.DistrictId!.Value);
        var inPeriod = db.AuditEntryAreas.AsNoTracking()
            .Where(x => x.Kind == areaKind && x.AreaId == area && x.OccurredAt >= from && x.OccurredAt < to);
        var rows = criteria.FlaggedOnly ? FlagCandidates(inPeriod, from, to) : inPeriod;

        if (!string.IsNullOrWhiteSpace(criteria.User))
        {
            // The name the entry was written with, or the name the register gives the user now.
            var pattern = LikePattern.Containing(criteria.User.Trim());
            var named = db.Users.Where(u => EF.Functions.ILike(u.DisplayName, pattern)).Select(u => u.Id);
            rows = rows.Where(x => named.Contains(x.UserId!)
                || db.AuditEntries.Any(e => e.Id == x.AuditEntryId && EF.Functions.ILike(e.UserName, pattern)));
        }

        if (criteria.ApplicantDigits is { } digits)
        {
            // Every exposure of the person: entries naming them, and lists that showed them.
            var named = db.Applicants.IgnoreQueryFilters().Where(a => a.PersonalIdentityNumber == digits).Select(a => (Guid?)a.Id);
            var shown = new[] { criteria.ApplicantId ?? Guid.Empty };
            var showing = db.AuditEntries.Where(e => e.OccurredAt >= from && e.OccurredAt < to
                && e.ShownApplicantIds != null && e.ShownApplicantIds.Any(id => shown.Contains(id))).Select(e => e.Id);
            rows = rows.Where(x => named.Contains(x.ApplicantId) || (criteria.ApplicantId != null && showing.Contains(x.AuditEntryId)));
        }

        if (criteria.Kind is { } kind)
        {
            var actions = AccessLogRules.ActionsOf(kind).ToList();
            rows = rows.Where(x => actions.Contains(x.Action));
        }
        else
        {
            // The checks' own searches would grow the log with every look at it; they are there under Administration.
            rows = rows.Where(x => !LogCheckActions.Contains(x.Action));
        }

        return criteria.FlaggedOnly ? rows.Where(Flagged()) : rows;
    }

    /// <summary>
    /// The area's entries of the period that every flagged one is among (so the filter changes no result), as the
    /// union of two small sets: those that may be flagged by themselves (a refusal, a stated reason, a read of one
    /// applicant without a purpose), which the log marked when it wrote them (<see cref="AuditEntryArea.FlagCandidate"/>,
    /// read through the partial index ix_audit_entry_areas_flag_candidates: a few hundred of a district's year), and
    /// the entries of applicants with protected identity (a few, through ix_applicants_protected_identity and the
    /// log's index on the applicant), each kept to the area by its key. The flag rules are applied after it as before.
    /// </summary>
    private IQueryable<AuditEntryArea> FlagCandidates(IQueryable<AuditEntryArea> inPeriod, DateTimeOffset from, DateTimeOffset to)
    {
        var ofProtected = db.Applicants.IgnoreQueryFilters().Where(a => a.HasProtectedIdentity)
            .Join(db.AuditEntries.Where(e => e.OccurredAt >= from && e.OccurredAt < to), a => (Guid?)a.Id, e => e.ApplicantId, (a, e) => e)
            .Join(inPeriod, e => new { e.OccurredAt, e.Id }, x => new { x.OccurredAt, Id = x.AuditEntryId }, (e, x) => x);
        return inPeriod.Where(x => x.FlagCandidate).Union(ofProtected);
    }

    /// <summary><see cref="AccessLogRules.FlagsFor"/> as SQL: an entry with any alert.</summary>
    private static readonly List<AuditAction> Reads = [.. AccessLogRules.ReadsOfOneApplicant];
    private static readonly List<AuditAction> FileAccesses = [.. AccessLogRules.FileAccesses];
    private static readonly List<AuditAction> LogCheckActions = [AuditAction.AccessLogSearched, AuditAction.AccessLogExported, AuditAction.AccessLogChecked];

    /// <summary>
    /// <see cref="AccessLogRules.FlagsFor"/> as SQL on the area row's copy of the entry: an entry with any alert. The
    /// applicant is the register's now (still on record, assigned worker, protected identity), so it is looked up, not
    /// copied: for a read of one applicant without a purpose by its key (ix_applicants_log_check, index-only), for a
    /// protected identity in the few applicants who have one (ix_applicants_protected_identity, hashed once).
    /// </summary>
    private Expression<Func<AuditEntryArea, bool>> Flagged()
    {
        var applicants = db.Applicants.IgnoreQueryFilters();
        var protectedIds = applicants.Where(a => a.HasProtectedIdentity).Select(a => (Guid?)a.Id);
        return x =>
            x.Action == AuditAction.AccessDenied
            || x.Purpose == ReadPurpose.Refused
            || x.Purpose == ReadPurpose.StatedReason
            || (x.Purpose == null && Reads.Contains(x.Action)
                && applicants.Any(a => a.Id == x.ApplicantId && (a.AssignedWorkerId == null || a.AssignedWorkerId != x.UserId)))
            || (FileAccesses.Contains(x.Action) && protectedIds.Contains(x.ApplicantId));
    }

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}
