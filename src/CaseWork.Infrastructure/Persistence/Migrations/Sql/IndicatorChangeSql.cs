namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written SQL of the incremental indicator refresh (ADR 0020): triggers that note, in the same transaction as
/// the change, which applicant a change to a counted record concerns and their district. Triggers rather than an EF
/// Core interceptor, because retention, bulk updates and the large-set loader write with ExecuteDelete, raw SQL and
/// COPY, which no change tracker sees.
/// </summary>
public static class IndicatorChangeSql
{
    /// <summary>
    /// Set to 'deferred' by the large-set loader for its connections: the rows it copies are not noted one by one, and
    /// the summaries are rebuilt whole after the load.
    /// </summary>
    public const string DeferSetting = "casework.indicator_changes";

    /// <summary>The tables whose rows an indicator counts, with the column that leads to the applicant.</summary>
    private static readonly (string Table, string Column, string Update)[] Watched =
    [
        ("applicants", "id", "UPDATE OF unit_id, district_id, reason, household"),
        ("aid_months", "applicant_id", "UPDATE"),
        ("monthly_checks", "applicant_id", "UPDATE"),
        ("work_plans", "applicant_id", "UPDATE"),
        ("work_plan_versions", "work_plan_id", "UPDATE"),
        ("referrals", "applicant_id", "UPDATE"),
        ("referral_interventions", "referral_id", "UPDATE"),
    ];

    /// <summary>
    /// One row a changed record (its old and new applicant when an update moves it). The applicant's district is
    /// looked up, except on the applicant's own row, which gives its old and new one; a row deleted with its
    /// applicant finds no applicant and leaves the district null (the applicant's row gave it). Inside retention's
    /// deletion (<c>casework.retention</c> = 'delete', see PersonDeletion) only the district is noted: the person's id
    /// must not outlive the deletion, and the refresh recounts the whole district.
    /// </summary>
    public const string CreateFunction = $$"""
        CREATE OR REPLACE FUNCTION indicator_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            row_json jsonb;
            rows_json jsonb[] := ARRAY[]::jsonb[];
            applicant uuid;
        BEGIN
            IF current_setting('{{DeferSetting}}', true) = 'deferred' THEN RETURN NULL; END IF;
            IF TG_OP <> 'INSERT' THEN rows_json := rows_json || to_jsonb(OLD); END IF;
            IF TG_OP <> 'DELETE' THEN rows_json := rows_json || to_jsonb(NEW); END IF;
            FOREACH row_json IN ARRAY rows_json LOOP
                applicant := CASE TG_ARGV[0]
                    WHEN 'work_plan_id' THEN (SELECT p.applicant_id FROM work_plans p WHERE p.id = (row_json->>'work_plan_id')::uuid)
                    WHEN 'referral_id' THEN (SELECT r.applicant_id FROM referrals r WHERE r.id = (row_json->>'referral_id')::uuid)
                    ELSE (row_json->>TG_ARGV[0])::uuid
                END;
                IF applicant IS NOT NULL THEN
                    INSERT INTO indicator_changes (applicant_id, district_id)
                    SELECT CASE WHEN current_setting('casework.retention', true) = 'delete' THEN NULL ELSE applicant END, district
                    FROM (SELECT CASE WHEN TG_TABLE_NAME = 'applicants' THEN (row_json->>'district_id')::int
                                      ELSE (SELECT a.district_id FROM applicants a WHERE a.id = applicant) END AS district) d
                    WHERE current_setting('casework.retention', true) IS DISTINCT FROM 'delete' OR d.district IS NOT NULL;
                END IF;
                -- An update that keeps the applicant and district needs one row, not two.
                EXIT WHEN TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'applicants'
                    AND (to_jsonb(OLD)->>TG_ARGV[0]) IS NOT DISTINCT FROM (to_jsonb(NEW)->>TG_ARGV[0]);
            END LOOP;
            RETURN NULL;
        END $$;
        """;

    /// <summary>
    /// When retention deletes what the refresh holds on a person (their counted months, changes not yet taken), the
    /// districts they were counted in are noted without the id.
    /// </summary>
    public const string CreateRetentionFunction = """
        CREATE OR REPLACE FUNCTION indicator_note_retention() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('casework.retention', true) = 'delete' AND OLD.district_id IS NOT NULL THEN
                INSERT INTO indicator_changes (applicant_id, district_id) VALUES (NULL, OLD.district_id);
            END IF;
            RETURN NULL;
        END $$;
        """;

    private static readonly string[] HeldByTheRefresh = ["indicator_aid_facts", "indicator_changes"];

    public static string CreateTriggers { get; } = string.Join(
        Environment.NewLine,
        Watched.Select(w => $"""
            CREATE TRIGGER indicator_note_change_{w.Table} AFTER INSERT OR DELETE OR {w.Update} ON {w.Table}
                FOR EACH ROW EXECUTE FUNCTION indicator_note_change('{w.Column}');
            """)
            .Concat(HeldByTheRefresh.Select(table => $"""
                CREATE TRIGGER indicator_note_retention_{table} AFTER DELETE ON {table}
                    FOR EACH ROW WHEN (OLD.applicant_id IS NOT NULL AND current_setting('casework.retention', true) = 'delete')
                    EXECUTE FUNCTION indicator_note_retention();
                """)));

    public static string DropTriggers { get; } = string.Join(
        Environment.NewLine,
        Watched.Select(w => $"DROP TRIGGER IF EXISTS indicator_note_change_{w.Table} ON {w.Table};")
            .Concat(HeldByTheRefresh.Select(table => $"DROP TRIGGER IF EXISTS indicator_note_retention_{table} ON {table};"))
            .Append("DROP FUNCTION IF EXISTS indicator_note_change();")
            .Append("DROP FUNCTION IF EXISTS indicator_note_retention();"));
}
