namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written SQL of the incremental indicator refresh (ADR 0020): triggers that note, in the same transaction as
/// the change, which applicant a change to a counted record concerns and their district. Triggers rather than an EF
/// Core interceptor, because retention, bulk updates and the large-set loader write with ExecuteDelete, raw SQL and
/// COPY, which no change tracker sees.
/// </summary>
public static class IndicatorChangeSql
{
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
    /// applicant finds no applicant and leaves the district null (the applicant's row gave it).
    /// </summary>
    public const string CreateFunction = """
        CREATE OR REPLACE FUNCTION indicator_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE
            row_json jsonb;
            rows_json jsonb[] := ARRAY[]::jsonb[];
            applicant uuid;
        BEGIN
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
                    VALUES (applicant, CASE WHEN TG_TABLE_NAME = 'applicants' THEN (row_json->>'district_id')::int
                                            ELSE (SELECT a.district_id FROM applicants a WHERE a.id = applicant) END);
                END IF;
                -- An update that keeps the applicant and district needs one row, not two.
                EXIT WHEN TG_OP = 'UPDATE' AND TG_TABLE_NAME <> 'applicants'
                    AND (to_jsonb(OLD)->>TG_ARGV[0]) IS NOT DISTINCT FROM (to_jsonb(NEW)->>TG_ARGV[0]);
            END LOOP;
            RETURN NULL;
        END $$;
        """;

    public static string CreateTriggers { get; } = string.Join(
        Environment.NewLine,
        Watched.Select(w => $"""
            CREATE TRIGGER indicator_note_change_{w.Table} AFTER INSERT OR DELETE OR {w.Update} ON {w.Table}
                FOR EACH ROW EXECUTE FUNCTION indicator_note_change('{w.Column}');
            """));

    public static string DropTriggers { get; } = string.Join(
        Environment.NewLine,
        Watched.Select(w => $"DROP TRIGGER IF EXISTS indicator_note_change_{w.Table} ON {w.Table};")
            .Append("DROP FUNCTION IF EXISTS indicator_note_change();"));
}
