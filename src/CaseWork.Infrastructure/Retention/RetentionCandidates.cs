using CaseWork.Domain.People;
using CaseWork.Domain.Retention;
using CaseWork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Retention;

/// <summary>
/// Finds the files the retention rule reaches, set-based: one query reads the next batch of people whose files are
/// past the five years, by keyset on the applicant id, so a register of 500,000 is read in bounded memory and no
/// person is looked up on their own. The database narrows; the domain's <see cref="RetentionRule"/> decides.
/// </summary>
public sealed class RetentionCandidates(CaseWorkDbContext db)
{
    // Built from constants only; every value is a parameter.
    private static readonly string BatchSql = $"""
        SELECT a.id, a.personal_identity_number, a.first_name, a.last_name,
               {FileEntrySql.LastEntryOn} AS last_entry_on,
               {FileEntrySql.InUseFlags} AS in_use
        FROM applicants a
        WHERE a.id > @after
          AND (NOT @only_deletable OR NOT {FileEntrySql.ResearchExempt})
          AND {FileEntrySql.PastTheYearsKept}
          AND (NOT @only_deletable OR ({FileEntrySql.InUseFlags}) = 0)
        ORDER BY a.id
        LIMIT @limit
        """;

    private static readonly string CountSql = $"""
        SELECT count(*) FILTER (WHERE NOT s.exempt AND s.in_use = 0)::int AS due,
               count(*) FILTER (WHERE s.exempt)::int AS exempt,
               count(*) FILTER (WHERE NOT s.exempt AND s.in_use <> 0)::int AS in_use
        FROM (SELECT {FileEntrySql.ResearchExempt} AS exempt, {FileEntrySql.InUseFlags} AS in_use
              FROM applicants a
              WHERE {FileEntrySql.PastTheYearsKept}) s
        """;

    /// <summary>
    /// The next files after <paramref name="after"/> in id order that are past the five years, each assessed by the rule.
    /// With <paramref name="onlyDeletable"/>, exempt files and files in use are left out already in the database.
    /// </summary>
    public async Task<IReadOnlyList<RetentionCandidate>> ReadAsync(Guid after, int limit, DateOnly today, bool onlyDeletable, CancellationToken cancellationToken)
    {
        var rows = await db.Database.SqlQueryRaw<Row>(BatchSql, Parameters(today,
        [
            new NpgsqlParameter("after", NpgsqlDbType.Uuid) { Value = after },
            new NpgsqlParameter("only_deletable", NpgsqlDbType.Boolean) { Value = onlyDeletable },
            new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = limit },
        ])).ToListAsync(cancellationToken);
        return rows.Select(r => new RetentionCandidate(
                r.Id,
                r.PersonalIdentityNumber,
                r.FirstName,
                r.LastName,
                RetentionRule.Assess(PersonalIdentityNumber.FromStored(r.PersonalIdentityNumber), r.LastEntryOn, (InUse)r.InUse, today)))
            .ToList();
    }

    /// <summary>How many files past the five years are due, kept for research, or kept because they are in use.</summary>
    public async Task<RetentionCounts> CountAsync(DateOnly today, CancellationToken cancellationToken) =>
        await db.Database.SqlQueryRaw<RetentionCounts>(CountSql, Parameters(today, [])).SingleAsync(cancellationToken);

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
