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
}
