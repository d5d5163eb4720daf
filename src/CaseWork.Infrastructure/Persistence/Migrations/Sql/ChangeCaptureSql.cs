namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// One capture of which cases a write changed, for everything the database keeps up to date from the records: the due
/// list (<c>due_items</c>, ADR 0019) and the incremental indicator refresh (<c>indicator_changes</c>, ADR 0020).
/// Statement-level triggers read the changed rows from transition tables, so a write of one row and a bulk write of
/// thousands (retention, the large loader) both pay one set-based step. Triggers rather than an EF Core interceptor,
/// because retention, bulk updates and the loader write with ExecuteDelete, raw SQL and COPY, which no change tracker
/// sees.
/// </summary>
public static class ChangeCaptureSql
{
    /// <summary>
    /// Set to 'deferred' by a session that loads in bulk (the large seeder): the triggers stand down, and the loader
    /// fills the due list and rebuilds the summaries for its applicants at the end.
    /// </summary>
    public const string DeferSetting = "casework.change_capture";

    /// <summary>Who is kept up to date from a table's changes.</summary>
    private const string Due = "due", Indicators = "indicators", Both = "both";

    /// <summary>
    /// The tables that hold a case's facts, the column that leads from a row to its applicant, and what their changes
    /// feed. Talks are facts of the due list only; plan versions and interventions are counted by the indicators only.
    /// </summary>
    public static IReadOnlyList<(string Table, string Column, string Feeds)> FactTables { get; } =
    [
        ("aid_months", "applicant_id", Both),
        ("monthly_checks", "applicant_id", Both),
        ("work_plans", "applicant_id", Both),
        ("follow_up_talks", "applicant_id", Due),
        ("referrals", "applicant_id", Both),
        ("work_plan_versions", "work_plan_id", Indicators),
        ("referral_interventions", "referral_id", Indicators),
    ];

    /// <summary>
    /// <c>capture_fact_changes(column, feeds)</c>: the applicants of the statement's old and new rows, then their due
    /// items recomputed and their change noted for the refresh. Inside retention's deletion (<c>casework.retention</c> =
    /// 'delete', see PersonDeletion) nothing is due for a person being deleted, and only the district is noted: the
    /// person's id must not outlive the deletion, and the refresh recounts the whole district.
    /// <c>capture_applicant_changes()</c>: a case moved to another worker, unit or district moves its due items; a
    /// change to what the indicators group by (unit, district, reason, household) is noted with the old and the new
    /// district; a new or deleted case is noted.
    /// </summary>
    public const string Functions = $$"""
        CREATE OR REPLACE FUNCTION note_indicator_changes(ids uuid[]) RETURNS void LANGUAGE sql AS $$
            INSERT INTO indicator_changes (applicant_id, district_id)
            SELECT DISTINCT CASE WHEN current_setting('casework.retention', true) = 'delete' THEN NULL ELSE x.id END, a.district_id
            FROM unnest(ids) AS x(id) LEFT JOIN applicants a ON a.id = x.id
            WHERE current_setting('casework.retention', true) IS DISTINCT FROM 'delete' OR a.district_id IS NOT NULL
        $$;

        CREATE OR REPLACE FUNCTION capture_fact_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            applicant text := CASE TG_ARGV[0]
                WHEN 'work_plan_id' THEN '(SELECT p.applicant_id FROM work_plans p WHERE p.id = r.work_plan_id)'
                WHEN 'referral_id' THEN '(SELECT f.applicant_id FROM referrals f WHERE f.id = r.referral_id)'
                ELSE 'r.applicant_id' END;
            rows_of text[] := ARRAY[]::text[];
            ids uuid[];
        BEGIN
            IF current_setting('{{DeferSetting}}', true) = 'deferred' THEN RETURN NULL; END IF;
            IF TG_OP <> 'DELETE' THEN rows_of := rows_of || format('SELECT %s FROM new_rows r', applicant); END IF;
            IF TG_OP <> 'INSERT' THEN rows_of := rows_of || format('SELECT %s FROM old_rows r', applicant); END IF;
            EXECUTE format('SELECT coalesce(array_agg(DISTINCT x) FILTER (WHERE x IS NOT NULL), ARRAY[]::uuid[]) FROM (%s) s(x)',
                array_to_string(rows_of, ' UNION ALL ')) INTO ids;
            IF cardinality(ids) = 0 THEN RETURN NULL; END IF;
            IF TG_ARGV[1] IN ('{{Due}}', '{{Both}}') AND current_setting('casework.retention', true) IS DISTINCT FROM 'delete' THEN
                PERFORM refresh_due_items(ids);
            END IF;
            IF TG_ARGV[1] IN ('{{Indicators}}', '{{Both}}') THEN
                PERFORM note_indicator_changes(ids);
            END IF;
            RETURN NULL;
        END $$;

        CREATE OR REPLACE FUNCTION capture_applicant_changes() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            -- An unset setting reads as NULL: coalesced, or NOT retention would be NULL and skip the work.
            retention boolean := coalesce(current_setting('casework.retention', true) = 'delete', false);
        BEGIN
            IF current_setting('{{DeferSetting}}', true) = 'deferred' THEN RETURN NULL; END IF;
            IF TG_OP = 'INSERT' THEN
                INSERT INTO indicator_changes (applicant_id, district_id) SELECT n.id, n.district_id FROM new_rows n;
            ELSIF TG_OP = 'DELETE' THEN
                INSERT INTO indicator_changes (applicant_id, district_id)
                SELECT DISTINCT CASE WHEN retention THEN NULL ELSE o.id END, o.district_id FROM old_rows o
                WHERE NOT retention OR o.district_id IS NOT NULL;
            ELSE
                IF NOT retention THEN
                    UPDATE due_items d SET assigned_worker_id = n.assigned_worker_id, unit_id = n.unit_id, district_id = n.district_id
                    FROM new_rows n
                    WHERE d.applicant_id = n.id
                      AND (d.assigned_worker_id IS DISTINCT FROM n.assigned_worker_id OR d.unit_id <> n.unit_id OR d.district_id <> n.district_id);
                END IF;
                INSERT INTO indicator_changes (applicant_id, district_id)
                SELECT DISTINCT CASE WHEN retention THEN NULL ELSE c.id END, c.district_id
                FROM old_rows o JOIN new_rows n ON n.id = o.id
                CROSS JOIN LATERAL (VALUES (o.id, o.district_id), (n.id, n.district_id)) AS c(id, district_id)
                WHERE (o.unit_id, o.district_id, o.reason, o.household) IS DISTINCT FROM (n.unit_id, n.district_id, n.reason, n.household);
            END IF;
            RETURN NULL;
        END $$;
        """;

    private static string TriggersOn(string table, string function) => $"""
        CREATE TRIGGER {table}_capture_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION {function};
        CREATE TRIGGER {table}_capture_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION {function};
        CREATE TRIGGER {table}_capture_delete AFTER DELETE ON {table} REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION {function};
        """;

    /// <summary>An insert, an update and a delete trigger on each fact table and on <c>applicants</c>.</summary>
    public static string Triggers { get; } = string.Join(
        Environment.NewLine,
        FactTables.Select(t => TriggersOn(t.Table, $"capture_fact_changes('{t.Column}', '{t.Feeds}')"))
            .Append(TriggersOn("applicants", "capture_applicant_changes()")));

    public static string DropTriggersAndFunctions { get; } = string.Join(
        Environment.NewLine,
        FactTables.Select(t => t.Table).Append("applicants")
            .Select(t => $"DROP TRIGGER IF EXISTS {t}_capture_insert ON {t}; DROP TRIGGER IF EXISTS {t}_capture_update ON {t}; DROP TRIGGER IF EXISTS {t}_capture_delete ON {t};")
            .Append("DROP FUNCTION IF EXISTS capture_applicant_changes(); DROP FUNCTION IF EXISTS capture_fact_changes(); DROP FUNCTION IF EXISTS note_indicator_changes(uuid[]);"));

    /// <summary>
    /// The two captures this one replaces (the due list's statement triggers and the indicators' row triggers), for the
    /// migration that replaces them.
    /// </summary>
    public static string DropSuperseded { get; } = string.Join(
        Environment.NewLine,
        new[] { "aid_months", "monthly_checks", "work_plans", "follow_up_talks", "referrals" }
            .Select(t => $"DROP TRIGGER IF EXISTS {t}_due_items_insert ON {t}; DROP TRIGGER IF EXISTS {t}_due_items_update ON {t}; DROP TRIGGER IF EXISTS {t}_due_items_delete ON {t};")
            .Concat(new[] { "applicants", "aid_months", "monthly_checks", "work_plans", "work_plan_versions", "referrals", "referral_interventions" }
                .Select(t => $"DROP TRIGGER IF EXISTS indicator_note_change_{t} ON {t};"))
            .Append("""
                DROP TRIGGER IF EXISTS applicants_due_items_update ON applicants;
                DROP FUNCTION IF EXISTS due_items_after_applicant_change();
                DROP FUNCTION IF EXISTS due_items_after_fact_change();
                DROP FUNCTION IF EXISTS indicator_note_change();
                """));
}
