namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>Hand-written SQL of the audit migrations, kept apart so that a regenerated migration can call it.</summary>
public static class AuditSql
{
    /// <summary>
    /// The access log is append-only for whoever connects, the application included: no DELETE, no TRUNCATE, and
    /// no UPDATE except the one retention makes when it deletes a person, which forgets the row's detail and
    /// changes nothing else (the row keeps the applicant's id, which then names nobody).
    /// </summary>
    public const string AppendOnly = """
        CREATE FUNCTION refuse_audit_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.detail IS NULL
                   AND (NEW.id, NEW.occurred_at, NEW.user_id, NEW.user_name, NEW.action, NEW.applicant_id)
                       IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.user_id, OLD.user_name, OLD.action, OLD.applicant_id) THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
        END $$;
        CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
            FOR EACH ROW EXECUTE FUNCTION refuse_audit_entry_change();
        CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
            FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_entry_change();
        """;

    public const string DropAppendOnly = """
        DROP TRIGGER IF EXISTS audit_entries_append_only ON audit_entries;
        DROP TRIGGER IF EXISTS audit_entries_no_truncate ON audit_entries;
        DROP FUNCTION IF EXISTS refuse_audit_entry_change();
        """;

    /// <summary>
    /// The same rule once entries record a read's purpose, its stated reason and the people a list showed: retention
    /// may forget the detail and the reason's free text (which may name the person), and nothing else changes.
    /// </summary>
    public const string AppendOnlyWithReadPurposes = """
        CREATE OR REPLACE FUNCTION refuse_audit_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.detail IS NULL AND NEW.reason_text IS NULL
                   AND (NEW.id, NEW.occurred_at, NEW.user_id, NEW.user_name, NEW.action, NEW.applicant_id, NEW.purpose, NEW.reason, NEW.shown_applicant_ids)
                       IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.user_id, OLD.user_name, OLD.action, OLD.applicant_id, OLD.purpose, OLD.reason, OLD.shown_applicant_ids) THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
        END $$;
        """;

    /// <summary>The function as <see cref="AppendOnly"/> made it, for going back.</summary>
    public const string AppendOnlyBeforeReadPurposes = """
        CREATE OR REPLACE FUNCTION refuse_audit_entry_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE' THEN
                IF NEW.detail IS NULL
                   AND (NEW.id, NEW.occurred_at, NEW.user_id, NEW.user_name, NEW.action, NEW.applicant_id)
                       IS NOT DISTINCT FROM (OLD.id, OLD.occurred_at, OLD.user_id, OLD.user_name, OLD.action, OLD.applicant_id) THEN
                    RETURN NEW;
                END IF;
            END IF;
            RAISE EXCEPTION 'the access log is append-only: % refused', TG_OP USING ERRCODE = 'P0001';
        END $$;
        """;

    /// <summary>
    /// Each new log entry's areas (<c>AuditEntryArea</c>): the district and unit of the applicant it names and of the
    /// user who made it, as they are when it is written (kind 0 a district, 1 a unit). One set-based insert a
    /// statement (a transition table), so that a bulk load by COPY pays one join, not a lookup a row; then the entries
    /// written before the table existed, with their areas as the register holds them now (the nearest there is).
    /// </summary>
    public const string EntryAreas = """
        CREATE FUNCTION fill_audit_entry_areas() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO audit_entry_areas (kind, area_id, audit_entry_id, occurred_at)
            SELECT DISTINCT area.kind, area.id, e.id, e.occurred_at
            FROM new_entries e
            LEFT JOIN applicants a ON a.id = e.applicant_id
            LEFT JOIN "AspNetUsers" u ON u.id = e.user_id
            CROSS JOIN LATERAL (VALUES (0::smallint, a.district_id), (1::smallint, a.unit_id), (0::smallint, u.district_id), (1::smallint, u.unit_id)) AS area (kind, id)
            WHERE area.id IS NOT NULL;
            RETURN NULL;
        END $$;
        CREATE TRIGGER audit_entries_areas AFTER INSERT ON audit_entries REFERENCING NEW TABLE AS new_entries
            FOR EACH STATEMENT EXECUTE FUNCTION fill_audit_entry_areas();

        INSERT INTO audit_entry_areas (kind, area_id, audit_entry_id, occurred_at)
        SELECT DISTINCT area.kind, area.id, e.id, e.occurred_at
        FROM audit_entries e
        LEFT JOIN applicants a ON a.id = e.applicant_id
        LEFT JOIN "AspNetUsers" u ON u.id = e.user_id
        CROSS JOIN LATERAL (VALUES (0::smallint, a.district_id), (1::smallint, a.unit_id), (0::smallint, u.district_id), (1::smallint, u.unit_id)) AS area (kind, id)
        WHERE area.id IS NOT NULL;
        """;

    public const string DropEntryAreas = """
        DROP TRIGGER IF EXISTS audit_entries_areas ON audit_entries;
        DROP FUNCTION IF EXISTS fill_audit_entry_areas();
        """;

    /// <summary>
    /// Whether an entry may be flagged by what it is itself (<c>AuditEntryArea.FlagCandidate</c>): a refusal, a read
    /// with a stated reason or refused, or a read of one applicant without a purpose (AccessLogRules.FlagsFor: flagged
    /// unless the reader is the applicant's assigned worker, which only the register knows now). NULL where the
    /// purpose is (a WHERE reads that as false); written as the filter of LogCheckFlags's partial index on the log.
    /// </summary>
    private const string FlagCandidate = """
        (e.action = 'AccessDenied' OR e.purpose IN ('Refused', 'StatedReason') OR (e.purpose IS NULL AND e.action IN ('ApplicantViewed', 'RecordExtractProduced')))
        """;

    /// <summary>
    /// <see cref="EntryAreas"/>'s trigger writing each area row's <c>flag_candidate</c> as well; then the rows already
    /// there, in one update joined to the log (the column's default, false, is right for the other 98 %), and the
    /// table's statistics, so that the planner knows how few the marked rows are (the update alone is too small a
    /// share of the table to make autovacuum analyze it).
    /// </summary>
    public const string EntryAreasWithFlagCandidate = FillWithFlagCandidate + $$"""


        UPDATE audit_entry_areas x SET flag_candidate = true
        FROM audit_entries e
        WHERE e.id = x.audit_entry_id AND {{FlagCandidate}};
        ANALYZE audit_entry_areas;
        """;

    /// <summary>
    /// The trigger writing each area row's copy of the entry's action, purpose, user and applicant as well
    /// (<c>AuditEntryArea.Action</c> and the rest), with <c>flag_candidate</c> as <see cref="EntryAreasWithFlagCandidate"/>
    /// writes it; then the rows already there, in one update joined to the log by its key. The migration runs the update
    /// with the table's indexes dropped (8 million rows at 500,000 applicants: each would otherwise take a new entry in
    /// every index) and makes the key again after it, with the copied columns as INCLUDE (<see cref="AreaKeyWithEntryColumns"/>).
    /// </summary>
    public const string EntryAreasWithEntryColumns = $$"""
        CREATE OR REPLACE FUNCTION fill_audit_entry_areas() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO audit_entry_areas (kind, area_id, audit_entry_id, occurred_at, flag_candidate, action, purpose, user_id, applicant_id)
            SELECT DISTINCT area.kind, area.id, e.id, e.occurred_at, {{FlagCandidate}} IS TRUE, e.action, e.purpose, e.user_id, e.applicant_id
            {{AreasOfNewEntries}}

        UPDATE audit_entry_areas x SET action = e.action, purpose = e.purpose, user_id = e.user_id, applicant_id = e.applicant_id
        FROM audit_entries e
        WHERE e.id = x.audit_entry_id;
        ALTER TABLE audit_entry_areas ALTER COLUMN action DROP DEFAULT;
        """;

    /// <summary>
    /// The area's key with the entry's copied columns as INCLUDE, so that the log check's count and keyset page read the
    /// key alone (an index-only scan); EF Core models the key but cannot say INCLUDE of one. Then the statistics.
    /// </summary>
    public const string AreaKeyWithEntryColumns = """
        ALTER TABLE audit_entry_areas ADD CONSTRAINT pk_audit_entry_areas
            PRIMARY KEY (kind, area_id, occurred_at, audit_entry_id) INCLUDE (action, purpose, user_id, applicant_id, flag_candidate);
        ANALYZE audit_entry_areas;
        """;

    /// <summary>The key as it was before <see cref="AreaKeyWithEntryColumns"/>, for going back.</summary>
    public const string AreaKeyBeforeEntryColumns = """
        ALTER TABLE audit_entry_areas DROP CONSTRAINT pk_audit_entry_areas;
        ALTER TABLE audit_entry_areas ADD CONSTRAINT pk_audit_entry_areas PRIMARY KEY (kind, area_id, occurred_at, audit_entry_id);
        """;

    public const string DropAreaKey = "ALTER TABLE audit_entry_areas DROP CONSTRAINT pk_audit_entry_areas;";

    /// <summary>The function as <see cref="EntryAreasWithFlagCandidate"/> made it, for going back.</summary>
    public const string EntryAreasBeforeEntryColumns = FillWithFlagCandidate;

    /// <summary>The areas' trigger function of <see cref="EntryAreasWithFlagCandidate"/>: the areas and the mark.</summary>
    private const string FillWithFlagCandidate = $$"""
        CREATE OR REPLACE FUNCTION fill_audit_entry_areas() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO audit_entry_areas (kind, area_id, audit_entry_id, occurred_at, flag_candidate)
            SELECT DISTINCT area.kind, area.id, e.id, e.occurred_at, {{FlagCandidate}} IS TRUE
            {{AreasOfNewEntries}}
        """;

    /// <summary>The rest of the areas' trigger function: each new entry's areas, from the transition table.</summary>
    private const string AreasOfNewEntries = """
        FROM new_entries e
                LEFT JOIN applicants a ON a.id = e.applicant_id
                LEFT JOIN "AspNetUsers" u ON u.id = e.user_id
                CROSS JOIN LATERAL (VALUES (0::smallint, a.district_id), (1::smallint, a.unit_id), (0::smallint, u.district_id), (1::smallint, u.unit_id)) AS area (kind, id)
                WHERE area.id IS NOT NULL;
                RETURN NULL;
            END $$;
        """;

    /// <summary>The function as <see cref="EntryAreas"/> made it, for going back.</summary>
    public const string EntryAreasBeforeFlagCandidate = """
        CREATE OR REPLACE FUNCTION fill_audit_entry_areas() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO audit_entry_areas (kind, area_id, audit_entry_id, occurred_at)
            SELECT DISTINCT area.kind, area.id, e.id, e.occurred_at
            FROM new_entries e
            LEFT JOIN applicants a ON a.id = e.applicant_id
            LEFT JOIN "AspNetUsers" u ON u.id = e.user_id
            CROSS JOIN LATERAL (VALUES (0::smallint, a.district_id), (1::smallint, a.unit_id), (0::smallint, u.district_id), (1::smallint, u.unit_id)) AS area (kind, id)
            WHERE area.id IS NOT NULL;
            RETURN NULL;
        END $$;
        """;
}
