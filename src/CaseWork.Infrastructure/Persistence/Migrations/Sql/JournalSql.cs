namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// Hand-written SQL of the journal and follow-ups migration, kept apart so that a regenerated migration can call it.
/// </summary>
public static class JournalSql
{
    /// <summary>A signed journal note is never changed or deleted, whatever the application does (TRUNCATE, for test resets, is not refused).</summary>
    public const string RefuseChangeOfSignedNote = """
        CREATE FUNCTION refuse_signed_journal_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF OLD.signed_at IS NOT NULL THEN
                RAISE EXCEPTION 'signed journal notes are never changed or deleted' USING ERRCODE = 'P0001';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END $$;
        CREATE TRIGGER journal_notes_signed_immutable BEFORE UPDATE OR DELETE ON journal_notes
            FOR EACH ROW EXECUTE FUNCTION refuse_signed_journal_note_change();
        """;

    public const string DropRefuseChangeOfSignedNote =
        "DROP TRIGGER IF EXISTS journal_notes_signed_immutable ON journal_notes; DROP FUNCTION IF EXISTS refuse_signed_journal_note_change();";

    /// <summary>Plans activated before work_plans.next_follow_up_on existed take the date of their latest version.</summary>
    public const string BackfillNextFollowUp = """
        UPDATE work_plans p SET next_follow_up_on = (
            SELECT (v.content ->> 'NextFollowUp')::date FROM work_plan_versions v
            WHERE v.work_plan_id = p.id ORDER BY v.number DESC LIMIT 1)
        WHERE p.status <> 'Draft';
        """;
}
