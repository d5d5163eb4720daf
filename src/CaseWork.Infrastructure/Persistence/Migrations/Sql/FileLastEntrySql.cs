using CaseWork.Infrastructure.Retention;

namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// <c>file_last_entries</c>: the date of each file's last entry (<see cref="FileEntrySql.LastEntryOn"/>), kept by the
/// database in the transaction of every write to a table of <see cref="FileEntrySql.Kinds"/>, so that the retention
/// dry run reads the files past the five years by one index range instead of probing every old file's records.
/// Written only by the database; read only by retention's raw SQL (<c>RetentionCandidates</c>), so it has no entity.
/// </summary>
/// <remarks>
/// Each table has statement-level triggers with transition tables, like the change capture (ADR 0019/0020), one
/// set-based step for a one-row write and for a bulk write alike:
/// <list type="bullet">
/// <item>an insert or update raises the applicants' date to the new rows' latest entry (an upsert keeping the greater
/// date); a new applicant gets their registration day;</item>
/// <item>an update or delete that takes away a row whose date was the file's last entry (its old date is not before the
/// stored date) recomputes the file's date from all its records: a date moved back, a step undone or a record
/// deleted can make the last entry earlier, and the stored date must never be later than the true one, or the dry
/// run would miss a due file. Every other update or delete leaves a record that was not the last, so the date holds;
/// so does an update whose new rows keep a date on or after the stored one (a decision corrected, a month written
/// again: migration <c>RefreshLastEntryUpdates</c>).</item>
/// </list>
/// Retention's own deletion (<c>casework.retention</c> = 'delete') skips both: it deletes the person's row here first
/// and the applicant last, in one transaction, so nothing is left to keep. The large loader defers them
/// (<see cref="ChangeCaptureSql.DeferSetting"/>) and fills the table with <see cref="Backfill"/> after its COPY. The
/// triggers fire ALWAYS, also under <c>session_replication_role = replica</c> (tests that move dates past the
/// journal's guards), since a stale date here would hide a due file.
/// </remarks>
public static class FileLastEntrySql
{
    private static readonly IReadOnlyList<string> Tables = FileEntrySql.Kinds.Select(k => k.Table)
        .Concat(FileEntrySql.Kinds.Where(DatedByParent).Select(k => k.Join!.Table))
        .Distinct()
        .ToList();

    public const string CreateTable = """
        CREATE TABLE file_last_entries (
            applicant_id uuid NOT NULL CONSTRAINT pk_file_last_entries PRIMARY KEY
                CONSTRAINT fk_file_last_entries_applicants_applicant_id REFERENCES applicants (id) ON DELETE CASCADE,
            last_entry_on date NOT NULL);
        CREATE INDEX ix_file_last_entries_last_entry_on_applicant_id ON file_last_entries (last_entry_on, applicant_id);
        """;

    public const string DropTable = "DROP TABLE IF EXISTS file_last_entries;";

    /// <summary>
    /// Fills the table for every applicant, in one set-based statement (each kind's records grouped by applicant, then
    /// the latest of them; every applicant has a registration): for the migration and the large loader. A file that
    /// already has a row keeps the later date, so running it again changes nothing.
    /// </summary>
    public static string Backfill { get; } = $"""
        INSERT INTO file_last_entries AS f (applicant_id, last_entry_on)
        SELECT e.applicant_id, max(e.day)
        FROM ({string.Join("\n      UNION ALL ", FileEntrySql.Kinds.Select(k =>
            $"SELECT {k.Applicant}, max({k.Date}) FROM {k.From(k.Table, k.Join?.Table)} GROUP BY 1"))}) e(applicant_id, day)
        GROUP BY e.applicant_id
        ON CONFLICT (applicant_id) DO UPDATE SET last_entry_on = excluded.last_entry_on
        WHERE f.last_entry_on < excluded.last_entry_on
        """;

    public static string Functions { get; } = FunctionsOf(everyUpdate: false);

    private static string FunctionsOf(bool everyUpdate) => string.Join(Environment.NewLine, Tables.Select(t => $$"""
        CREATE OR REPLACE FUNCTION file_last_entry_{{t}}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF current_setting('{{ChangeCaptureSql.DeferSetting}}', true) = 'deferred'
               OR current_setting('casework.retention', true) = 'delete' THEN
                RETURN NULL;
            END IF;
            IF TG_OP <> 'DELETE' THEN
                INSERT INTO file_last_entries AS f (applicant_id, last_entry_on)
                SELECT e.applicant_id, max(e.day) FROM ({{Changed(t, "new_rows")}}) e
                WHERE e.applicant_id IS NOT NULL AND e.day IS NOT NULL
                GROUP BY e.applicant_id
                ON CONFLICT (applicant_id) DO UPDATE SET last_entry_on = excluded.last_entry_on
                WHERE f.last_entry_on < excluded.last_entry_on;
            END IF;
            {{(everyUpdate
                ? $"IF TG_OP <> 'INSERT' THEN\n{Recompute(t, keptByNewRows: false, everyUpdate: true)}\nEND IF;"
                : $"IF TG_OP = 'DELETE' THEN\n{Recompute(t, keptByNewRows: false, everyUpdate: false)}\nELSIF TG_OP = 'UPDATE' THEN\n{Recompute(t, keptByNewRows: true, everyUpdate: false)}\nEND IF;")}}
            RETURN NULL;
        END $$;
        """));

    /// <summary>
    /// The functions as migration <c>RetentionLastEntry</c> made them, for the Down of <c>RefreshLastEntryUpdates</c>:
    /// every update that took away a row dated on the file's last entry recomputed the file, also when a new row kept
    /// that date, and the files were a semi-join the planner ran as a hash of every file (1.3 s for 2,000 aid months).
    /// </summary>
    public static string FunctionsRecomputingEveryUpdate { get; } = FunctionsOf(everyUpdate: true);

    /// <summary>
    /// The files whose last entry the statement's old rows may have taken away (an old row dated on or after the kept
    /// date), recomputed from all their records. After an update, not those whose new rows keep a date on or after the
    /// kept one: the upsert above has already raised it to their latest, so it is right. The files are read as an
    /// array, so that each is probed by its key (as a semi-join the planner hashed all of <c>file_last_entries</c>).
    /// </summary>
    private static string Recompute(string table, bool keptByNewRows, bool everyUpdate) => everyUpdate
        ? $"""
            UPDATE file_last_entries f SET last_entry_on = e.day
            FROM (SELECT a.id, {FileEntrySql.LastEntryOn} AS day
                  FROM applicants a
                  WHERE a.id IN (SELECT o.applicant_id FROM ({Changed(table, "old_rows")}) o
                                 JOIN file_last_entries g ON g.applicant_id = o.applicant_id
                                 WHERE o.day >= g.last_entry_on)) e
            WHERE f.applicant_id = e.id AND f.last_entry_on <> e.day;
            """
        : $"""
            UPDATE file_last_entries f SET last_entry_on = e.day
            FROM (SELECT a.id, {FileEntrySql.LastEntryOn} AS day
                  FROM applicants a
                  WHERE a.id = ANY (ARRAY(
                      SELECT o.applicant_id FROM ({Changed(table, "old_rows")}) o
                      JOIN file_last_entries g ON g.applicant_id = o.applicant_id
                      {(keptByNewRows ? $"LEFT JOIN (SELECT n.applicant_id, max(n.day) AS day FROM ({Changed(table, "new_rows")}) n GROUP BY n.applicant_id) k ON k.applicant_id = o.applicant_id" : string.Empty)}
                      WHERE o.day >= g.last_entry_on{(keptByNewRows ? " AND (k.day IS NULL OR k.day < g.last_entry_on)" : string.Empty)}))) e
            WHERE f.applicant_id = e.id AND f.last_entry_on <> e.day;
            """;

    public static string Triggers { get; } = string.Join(Environment.NewLine, Tables.Select(t => $"""
        CREATE TRIGGER {t}_last_entry_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION file_last_entry_{t}();
        CREATE TRIGGER {t}_last_entry_update AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION file_last_entry_{t}();
        CREATE TRIGGER {t}_last_entry_delete AFTER DELETE ON {t} REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION file_last_entry_{t}();
        ALTER TABLE {t} ENABLE ALWAYS TRIGGER {t}_last_entry_insert;
        ALTER TABLE {t} ENABLE ALWAYS TRIGGER {t}_last_entry_update;
        ALTER TABLE {t} ENABLE ALWAYS TRIGGER {t}_last_entry_delete;
        """));

    public static string DropTriggersAndFunctions { get; } = string.Join(Environment.NewLine, Tables.Select(t => $"""
        DROP TRIGGER IF EXISTS {t}_last_entry_insert ON {t};
        DROP TRIGGER IF EXISTS {t}_last_entry_update ON {t};
        DROP TRIGGER IF EXISTS {t}_last_entry_delete ON {t};
        DROP FUNCTION IF EXISTS file_last_entry_{t}();
        """));

    /// <summary>A parent whose own column is part of its records' date (a case review's signing), not only their way to the applicant.</summary>
    private static bool DatedByParent(FileEntry kind) => kind.Join is { } join && kind.Date.Contains($"{join.Alias}.", StringComparison.Ordinal);

    /// <summary>(applicant_id, day) of every entry a write to <paramref name="table"/> touched, its rows read from <paramref name="rows"/>.</summary>
    private static string Changed(string table, string rows) => string.Join(
        " UNION ALL ",
        FileEntrySql.Kinds.Where(k => k.Table == table).Select(k => Entry(k, k.From(rows, k.Join?.Table)))
            .Concat(FileEntrySql.Kinds.Where(k => DatedByParent(k) && k.Join!.Table == table).Select(k => Entry(k, k.From(k.Table, rows)))));

    private static string Entry(FileEntry kind, string from) => $"SELECT {kind.Applicant} AS applicant_id, {kind.Date} AS day FROM {from}";
}
