namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// What the incremental indicator refresh (ADR 0020) holds on a person that retention must account for. The changes
/// themselves are noted by the change capture (<c>ChangeCaptureSql</c>), with the due list's.
/// </summary>
public static class IndicatorChangeSql
{
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
        HeldByTheRefresh.Select(table => $"""
            CREATE TRIGGER indicator_note_retention_{table} AFTER DELETE ON {table}
                FOR EACH ROW WHEN (OLD.applicant_id IS NOT NULL AND current_setting('casework.retention', true) = 'delete')
                EXECUTE FUNCTION indicator_note_retention();
            """));

    public static string DropTriggers { get; } = string.Join(
        Environment.NewLine,
        HeldByTheRefresh.Select(table => $"DROP TRIGGER IF EXISTS indicator_note_retention_{table} ON {table};")
            .Append("DROP FUNCTION IF EXISTS indicator_note_retention();"));
}
