using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.AccessLog;
using CaseWork.Domain.Auditing;
using CaseWork.Web.Pages.AccessLog;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// Loggkontroll (/AccessLog) as the log checker of the bench unit's district: both counts and the first page of 50,
/// newest first (AccessLogQuery.CountAsync, ReadAsync). Raw: the same two statements by hand, the flags as the rules
/// define them (AccessLogRules), the area and the entry's columns from the key of audit_entry_areas, the page's rows joined.
/// </summary>
public abstract class AccessLogSearch(bool flaggedYear) : Measure
{
    /// <summary>
    /// The area's entries of the period from <paramref name="areas"/> (the areas' table or the candidates), read from the
    /// area's key alone: it carries the entry's action, purpose, user and applicant (LogCheckAreaColumns).
    /// </summary>
    private static string InArea(string areas) => $"""
        FROM {areas} x
        WHERE x.kind = 0 AND x.area_id = $1 AND x.occurred_at >= $2 AND x.occurred_at < $3
          AND NOT (x.action = ANY($4))
        """;

    /// <summary>The flags on the area row's copy; the applicant as the register holds it now, looked up only where it decides.</summary>
    private const string Flagged = """
        (x.action = 'AccessDenied' OR x.purpose IN ('Refused', 'StatedReason')
         OR (x.purpose IS NULL AND x.action = ANY($5)
             AND EXISTS (SELECT 1 FROM applicants a WHERE a.id = x.applicant_id AND a.assigned_worker_id IS DISTINCT FROM x.user_id))
         OR (x.action = ANY($6) AND x.applicant_id IN (SELECT p.id FROM applicants p WHERE p.has_protected_identity)))
        """;

    /// <summary>
    /// What every flagged entry is among (as AccessLogQuery.FlagCandidates): the area's entries marked when written
    /// (ix_audit_entry_areas_flag_candidates) and those of applicants with protected identity (ix_applicants_protected_identity,
    /// ix_audit_entries_applicant_id_occurred_at, then the area's key), one union.
    /// </summary>
    private const string Candidates = """
        (SELECT c.* FROM audit_entry_areas c
         WHERE c.kind = 0 AND c.area_id = $1 AND c.occurred_at >= $2 AND c.occurred_at < $3 AND c.flag_candidate
         UNION
         SELECT c.* FROM applicants pa
         JOIN audit_entries p ON p.applicant_id = pa.id AND p.occurred_at >= $2 AND p.occurred_at < $3
         JOIN audit_entry_areas c ON c.kind = 0 AND c.area_id = $1 AND c.occurred_at = p.occurred_at AND c.audit_entry_id = p.id
         WHERE pa.has_protected_identity)
        """;

    private AccessLogViewer _viewer = null!;

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.DataSource.CreateCommand("SELECT district_id FROM units WHERE id = $1");
        command.Parameters.AddWithValue(context.UnitId);
        _viewer = new AccessLogViewer(null, (int)(await command.ExecuteScalarAsync(cancellationToken))!);
    }

    /// <summary>The page's default search (the last calendar month), or the year up to today, flagged only.</summary>
    private AccessLogCriteria Criteria(BenchContext context)
    {
        var lastMonth = new DateOnly(context.Today.Year, context.Today.Month, 1).AddMonths(-1);
        return flaggedYear
            ? new(context.Today.AddYears(-1).AddDays(1), context.Today, null, null, null, FlaggedOnly: true)
            : new(lastMonth, lastMonth.AddMonths(1).AddDays(-1), null, null, null, FlaggedOnly: false);
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext();
        var query = new AccessLogQuery(db, context.Clock);
        var criteria = Criteria(context);
        var (entries, flagged) = await query.CountAsync(_viewer, criteria, cancellationToken);
        var rows = await query.ReadAsync(_viewer, criteria, null, null, AccessLogQuery.PageSize, cancellationToken);
        return $"{entries}/{flagged}: {string.Join(",", rows.Select(r => r.Id))}";
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var criteria = Criteria(context);
        var values = new object[]
        {
            _viewer.DistrictId!.Value, StartOf(context, criteria.From), StartOf(context, criteria.To.AddDays(1)),
            new[] { nameof(AuditAction.AccessLogSearched), nameof(AuditAction.AccessLogExported), nameof(AuditAction.AccessLogChecked) },
            AccessLogRules.ReadsOfOneApplicant.Select(a => a.ToString()).ToArray(),
            AccessLogRules.FileAccesses.Select(a => a.ToString()).ToArray(),
        };
        var matching = flaggedYear ? $"{InArea(Candidates)} AND {Flagged}" : InArea("audit_entry_areas");
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var counts = await context.ReadAllAsync(
            connection,
            $"SELECT count(*)::int, {(flaggedYear ? "count(*)::int" : $"(count(*) FILTER (WHERE {Flagged}))::int")} {matching}",
            r => (r.GetInt32(0), r.GetInt32(1)),
            cancellationToken,
            values);
        // The page from the area's key, then its 50 rows joined for what the page shows.
        var ids = await context.ReadAllAsync(
            connection,
            $"""
            SELECT e.id, e.occurred_at, e.user_id, e.user_name, u.display_name, e.action, e.applicant_id, a.last_name || ', ' || a.first_name,
                   a.personal_identity_number, a.assigned_worker_id, a.has_protected_identity, e.detail, e.purpose, e.reason, e.reason_text,
                   cardinality(e.shown_applicant_ids)
            FROM (SELECT x.audit_entry_id, x.occurred_at {matching} ORDER BY x.occurred_at DESC, x.audit_entry_id DESC LIMIT {AccessLogQuery.PageSize}) p
            JOIN audit_entries e ON e.id = p.audit_entry_id
            LEFT JOIN applicants a ON a.id = e.applicant_id
            LEFT JOIN "AspNetUsers" u ON u.id = e.user_id
            ORDER BY p.occurred_at DESC, p.audit_entry_id DESC
            """,
            r => r.GetInt64(0),
            cancellationToken,
            values);
        return $"{counts[0].Item1}/{counts[0].Item2}: {string.Join(",", ids)}";
    }

    private static DateTimeOffset StartOf(BenchContext context, DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        return new DateTimeOffset(local, context.Clock.LocalTimeZone.GetUtcOffset(local)).ToUniversalTime();
    }
}

/// <summary>/AccessLog, the last month: both counts and the first page.</summary>
public sealed class AccessLogMonth() : AccessLogSearch(flaggedYear: false)
{
    public override string Name => "Loggkontroll, month";

    public override string Description =>
        "/AccessLog as the log checker of the bench unit's district, the last month: AccessLogQuery's count of the entries and " +
        "the flagged ones (one statement) and the first page of 50, newest first. Raw: the same two statements by hand.";
}

/// <summary>/AccessLog, the last year, flagged only: the slowest search left (docs/performance.md, Loggkontroll).</summary>
public sealed class AccessLogFlaggedYear() : AccessLogSearch(flaggedYear: true)
{
    public override string Name => "Loggkontroll, flagged year";

    public override string Description =>
        "/AccessLog as the log checker of the bench unit's district, the last year, flagged only: the counts and the first page. " +
        "Raw: the same two statements by hand.";
}
