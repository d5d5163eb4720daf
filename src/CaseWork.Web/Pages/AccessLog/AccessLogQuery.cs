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

    public async Task<(int Entries, int Flagged)> CountAsync(AccessLogViewer viewer, AccessLogCriteria criteria, CancellationToken cancellationToken)
    {
        var matching = Matching(viewer, criteria);
        var entries = await matching.CountAsync(cancellationToken);
        var flagged = criteria.FlaggedOnly ? entries : await matching.Where(Flagged).CountAsync(cancellationToken);
        return (entries, flagged);
    }

    public Task<List<AccessLogRow>> ReadAsync(AccessLogViewer viewer, AccessLogCriteria criteria, int skip, int take, CancellationToken cancellationToken) =>
        Matching(viewer, criteria)
            .OrderByDescending(x => x.Entry.OccurredAt).ThenByDescending(x => x.Entry.Id)
            .Skip(skip).Take(take)
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
                x.Entry.ShownApplicantIds == null ? 0 : x.Entry.ShownApplicantIds.Length))
            .ToListAsync(cancellationToken);

    private IQueryable<Joined> Matching(AccessLogViewer viewer, AccessLogCriteria criteria)
    {
        var from = StartOf(criteria.From);
        var to = StartOf(criteria.To.AddDays(1));
        var rows = db.AuditEntries.AsNoTracking()
            .Where(e => e.OccurredAt >= from && e.OccurredAt < to)
            .LeftJoin(db.Applicants.IgnoreQueryFilters(), e => e.ApplicantId, a => (Guid?)a.Id, (e, a) => new { Entry = e, Applicant = a })
            .LeftJoin(db.Users, x => x.Entry.UserId, u => u.Id, (x, u) => new Joined { Entry = x.Entry, Applicant = x.Applicant, User = u });

        rows = viewer.UnitId is { } unit
            ? rows.Where(x => x.Applicant!.UnitId == unit || x.User!.UnitId == unit)
            : rows.Where(x => x.Applicant!.DistrictId == viewer.DistrictId || x.User!.DistrictId == viewer.DistrictId);

        if (!string.IsNullOrWhiteSpace(criteria.User))
        {
            var pattern = LikePattern.Containing(criteria.User.Trim());
            rows = rows.Where(x => EF.Functions.ILike(x.Entry.UserName, pattern) || EF.Functions.ILike(x.User!.DisplayName, pattern));
        }

        if (criteria.ApplicantDigits is { } digits)
        {
            // Every exposure of the person: entries naming them, and lists that showed them.
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
            // The checks' own searches would grow the log with every look at it; they are there under Administration.
            rows = rows.Where(x => !LogCheckActions.Contains(x.Entry.Action));
        }

        return criteria.FlaggedOnly ? rows.Where(Flagged) : rows;
    }

    /// <summary><see cref="AccessLogRules.FlagsFor"/> as SQL: an entry with any alert.</summary>
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

    private DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }

    private sealed class Joined
    {
        public required AuditEntry Entry { get; init; }

        public Applicant? Applicant { get; init; }

        public AppUser? User { get; init; }
    }
}
