using CaseWork.Infrastructure.Persistence.Migrations.Sql;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Retention;

/// <summary>
/// Deletes everything CaseWork holds on some people, table by table, children before parents so that each count is
/// exact and no foreign key refuses. The caller's transaction makes it all or nothing. Audit rows stay, as the record
/// of who read and changed what, but lose their detail: what remains names the person only by an id that no longer
/// resolves to anyone.
/// </summary>
public sealed class PersonDeletion(CaseWorkDbContext db)
{
    /// <summary>Lets the delete through the signed-journal-note trigger for this transaction only (see the migration Retention).</summary>
    public const string RetentionSetting = "casework.retention";

    // The change capture sees the setting too: it recomputes no due items meanwhile (nothing is due for a person being
    // deleted; due_items goes with the rest, counted) and notes only districts for the indicators (ChangeCaptureSql).
    private const string AllowDelete = $"SELECT set_config('{RetentionSetting}', 'delete', true)";

    private const string EndAllowDelete = $"SELECT set_config('{RetentionSetting}', '', true)";

    private const string Referrals = "SELECT r.id FROM referrals r WHERE r.applicant_id = ANY(@ids)";
    private const string Plans = "SELECT p.id FROM work_plans p WHERE p.applicant_id = ANY(@ids)";

    /// <summary>Every table that holds rows about a person, in the order they are deleted.</summary>
    public static IReadOnlyList<(string Table, string Where)> Tables { get; } =
    [
        ("due_items", "applicant_id = ANY(@ids)"),
        ("review_actions", "applicant_id = ANY(@ids)"),
        ("case_review_entries", "applicant_id = ANY(@ids)"),
        // "= ANY(ARRAY(...))" rather than "IN (...)": the referrals are read once first, so both halves of the OR are
        // index scans (a BitmapOr); with IN the whole table was read for every extract (45 ms at 500,000).
        ("attendance_reports", $"applicant_id = ANY(@ids) OR referral_id = ANY(ARRAY({Referrals}))"),
        ("referral_interventions", $"referral_id IN ({Referrals})"),
        ("referrals", "applicant_id = ANY(@ids)"),
        ("monthly_checks", "applicant_id = ANY(@ids)"),
        ("follow_up_talks", "applicant_id = ANY(@ids)"),
        ("note_objections", "applicant_id = ANY(@ids)"),
        ("journal_notes", "applicant_id = ANY(@ids)"),
        ("plan_version_quality", $"version_id IN (SELECT v.id FROM work_plan_versions v WHERE v.work_plan_id IN ({Plans}))"),
        ("work_plan_versions", $"work_plan_id IN ({Plans})"),
        ("work_plan_agreements", $"work_plan_id IN ({Plans})"),
        ("work_plans", "applicant_id = ANY(@ids)"),
        ("basic_investigations", "applicant_id = ANY(@ids)"),
        ("aid_months", "applicant_id = ANY(@ids)"),
        ("applicants", "id = ANY(@ids)"),
    ];

    /// <summary>
    /// What the indicator refresh holds on the people (their counted months, changes not yet taken), and the date of
    /// each file's last entry that retention reads (FileLastEntrySql): deleted last and not counted as rows of their
    /// files. The triggers note the districts instead, without the ids (ADR 0020).
    /// </summary>
    public static IReadOnlyList<string> IndicatorTables { get; } = ["indicator_aid_facts", "indicator_referral_facts", "indicator_intervention_facts", "indicator_changes", "file_last_entries"];

    // Put together from the constants above only; the ids go in as a parameter.
    private static readonly IReadOnlyList<(string Table, string Sql)> Deletes = Tables.Select(t => (t.Table, $"DELETE FROM {t.Table} WHERE {t.Where}")).ToList();

    private static readonly IReadOnlyList<string> IndicatorDeletes = IndicatorTables.Select(t => $"DELETE FROM {t} WHERE applicant_id = ANY(@ids)").ToList();

    /// <summary>The one change the append-only audit table allows: its detail and a stated reason's free text set to NULL, nothing else.</summary>
    public const string ScrubAuditDetail =
        "UPDATE audit_entries SET detail = NULL, reason_text = NULL WHERE applicant_id = ANY(@ids) AND (detail IS NOT NULL OR reason_text IS NOT NULL)";

    /// <summary>Deletes the people's files inside the current transaction; returns the rows deleted per table.</summary>
    public async Task<PersonDeletionResult> DeleteAsync(IReadOnlyCollection<Guid> applicantIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(applicantIds);
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A person's file is deleted inside one transaction: begin one first.");
        }

        var rows = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (applicantIds.Count == 0)
        {
            return new PersonDeletionResult(rows, 0);
        }

        var ids = applicantIds.ToArray();
        await db.Database.ExecuteSqlRawAsync(AllowDelete, cancellationToken);
        foreach (var (table, sql) in Deletes)
        {
            var deleted = await db.Database.ExecuteSqlRawAsync(sql, [Ids(ids)], cancellationToken);
            if (deleted > 0)
            {
                rows[table] = deleted;
            }
        }

        foreach (var sql in IndicatorDeletes)
        {
            await db.Database.ExecuteSqlRawAsync(sql, [Ids(ids)], cancellationToken);
        }

        var scrubbed = await db.Database.ExecuteSqlRawAsync(ScrubAuditDetail, [Ids(ids)], cancellationToken);
        await db.Database.ExecuteSqlRawAsync(EndAllowDelete, cancellationToken);
        return new PersonDeletionResult(rows, scrubbed);
    }

    private static NpgsqlParameter Ids(Guid[] ids) => new("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = ids };
}

/// <summary>Rows deleted per table, and audit rows whose detail was removed. Counts only: nothing names anyone.</summary>
public sealed record PersonDeletionResult(IReadOnlyDictionary<string, int> RowsPerTable, int AuditDetailsCleared);
