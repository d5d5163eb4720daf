namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>Hand-written SQL of the retention migration.</summary>
public static class RetentionSql
{
    /// <summary>
    /// A signed journal note is still never changed, and never deleted, except by retention: the deletion sets
    /// <c>casework.retention = 'delete'</c> for its own transaction only (<c>PersonDeletion</c>). The guard is against
    /// mistakes in the application, which is the only writer of the table.
    /// </summary>
    public static string LetRetentionDeleteSignedNotes { get; } = RefuseSignedNoteChange("""
        IF TG_OP = 'DELETE' AND current_setting('casework.retention', true) = 'delete' THEN
            RETURN OLD;
        END IF;
        """);

    /// <summary>The function as <see cref="JournalSql.RefuseChangeOfSignedNote"/> made it.</summary>
    public static string RestoreRefuseChangeOfSignedNote { get; } = RefuseSignedNoteChange(string.Empty);

    private static string RefuseSignedNoteChange(string before) => $$"""
        CREATE OR REPLACE FUNCTION refuse_signed_journal_note_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {{before}}
            IF OLD.signed_at IS NOT NULL THEN
                RAISE EXCEPTION 'signed journal notes are never changed or deleted' USING ERRCODE = 'P0001';
            END IF;
            IF TG_OP = 'DELETE' THEN
                RETURN OLD;
            END IF;
            RETURN NEW;
        END $$;
        """;
}
