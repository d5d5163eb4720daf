using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Retention;

/// <summary>
/// Finds the files the retention rule reaches, set-based: one query reads the next batch of people whose files are
/// past the five years, by keyset on the applicant id, so a register of 500,000 is read in bounded memory and no
/// person is looked up on their own. The database narrows to the files past the five years; the domain's
/// <see cref="RetentionRule"/> decides each of those (exempt, in use, due).
/// </summary>
public sealed class RetentionCandidates(CaseWorkDbContext db)
{
    private const string JitOff = "SET LOCAL jit = off";

    // Built from constants only; every value is a parameter. The files past the five years are one range of the index
    // on file_last_entries (the date of each file's last entry, kept by the database: FileLastEntrySql), so the read
    // no longer looks at any record of a file that is not past them. Whether a file is in use is asked only of those
    // few: as a filter on every applicant it would cost a probe each. Public for the benchmark's raw side.
    public static string BatchSql { get; } = $"""
        SELECT a.id, a.personal_identity_number, a.first_name, a.last_name,
               f.last_entry_on,
               {FileEntrySql.InUseFlags} AS in_use
        FROM file_last_entries f
        JOIN applicants a ON a.id = f.applicant_id
        WHERE {PastTheYearsKept}
          AND f.applicant_id > @after
          AND (NOT @leave_out_exempt OR NOT {FileEntrySql.ResearchExempt})
        ORDER BY f.applicant_id
        LIMIT @limit
        """;

    /// <summary>The files whose last entry is on or before the date parameter <c>@latest_due_last_entry</c>, as <c>f</c>.</summary>
    private const string PastTheYearsKept = "f.last_entry_on <= @latest_due_last_entry";

    // OFFSET 0 keeps the planner from asking "in use?" before "past the five years?".
    private static readonly string CountSql = $"""
        SELECT count(*) FILTER (WHERE NOT s.exempt AND s.in_use = 0)::int AS due,
               count(*) FILTER (WHERE s.exempt)::int AS exempt,
               count(*) FILTER (WHERE NOT s.exempt AND s.in_use <> 0)::int AS in_use
        FROM (SELECT a.exempt, {FileEntrySql.InUseFlags} AS in_use
              FROM (SELECT a.id, {FileEntrySql.ResearchExempt} AS exempt
                    FROM file_last_entries f JOIN applicants a ON a.id = f.applicant_id
                    WHERE {PastTheYearsKept} OFFSET 0) a) s
        """;

    /// <summary>
    /// The next files after <paramref name="after"/> in id order that are past the five years, each assessed by the rule.
    /// With <paramref name="leaveOutExempt"/>, files kept for research are left out already in the database.
    /// </summary>
    public async Task<IReadOnlyList<RetentionCandidate>> ReadAsync(Guid after, int limit, DateOnly today, bool leaveOutExempt, CancellationToken cancellationToken)
    {
        var rows = await WithoutJitAsync(ct => db.Database.SqlQueryRaw<Row>(BatchSql, Parameters(today,
        [
            new NpgsqlParameter("after", NpgsqlDbType.Uuid) { Value = after },
            new NpgsqlParameter("leave_out_exempt", NpgsqlDbType.Boolean) { Value = leaveOutExempt },
            new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit },
        ])).ToListAsync(ct), cancellationToken);
        return rows.Select(r => new RetentionCandidate(
                r.Id,
                r.PersonalIdentityNumber,
                r.FirstName,
                r.LastName,
                RetentionRule.Assess(PersonalIdentityNumber.FromStored(r.PersonalIdentityNumber), r.LastEntryOn, (InUse)r.InUse, today)))
            .ToList();
    }

    /// <summary>How many files past the five years are due, kept for research, or kept because they are in use.</summary>
    public Task<RetentionCounts> CountAsync(DateOnly today, CancellationToken cancellationToken) =>
        WithoutJitAsync(ct => db.Database.SqlQueryRaw<RetentionCounts>(CountSql, Parameters(today, [])).SingleAsync(ct), cancellationToken);

    /// <summary>
    /// Runs a query with PostgreSQL's JIT off: compiling these wide queries took longer than running them (7 s against
    /// 1.5 s over 150,000 applicants). SET LOCAL needs a transaction: the caller's, or one of its own.
    /// </summary>
    private async Task<T> WithoutJitAsync<T>(Func<CancellationToken, Task<T>> query, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            await db.Database.ExecuteSqlRawAsync(JitOff, cancellationToken);
            return await query(cancellationToken);
        }

        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync(JitOff, ct);
            var result = await query(ct);
            await transaction.CommitAsync(ct);
            return result;
        }, cancellationToken);
    }

    private static object[] Parameters(DateOnly today, NpgsqlParameter[] more) =>
    [
        new NpgsqlParameter("latest_due_last_entry", NpgsqlDbType.Date) { Value = RetentionRule.LatestDueLastEntry(today) },
        new NpgsqlParameter("recent_aid_from", NpgsqlDbType.Date) { Value = RetentionRule.RecentAidFrom(today) },
        new NpgsqlParameter("research_days", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = RetentionRule.ResearchBirthDays.ToArray() },
        .. more,
    ];

    private sealed record Row(Guid Id, string PersonalIdentityNumber, string FirstName, string LastName, DateOnly LastEntryOn, int InUse);
}

/// <summary>One person whose file is past the five years, with the rule's assessment.</summary>
public sealed record RetentionCandidate(Guid ApplicantId, string PersonalIdentityNumber, string FirstName, string LastName, RetentionAssessment Assessment);

/// <summary>Files past the five years: due for deletion, kept for research, kept while in use.</summary>
public sealed record RetentionCounts(int Due, int Exempt, int InUse);
