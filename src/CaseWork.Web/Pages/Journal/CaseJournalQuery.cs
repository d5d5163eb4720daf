namespace CaseWork.Web.Pages.Journal;

/// <summary>
/// The journal on the case page: newest event first, then newest written (note ids are time-ordered), one page at a
/// time by keyset, in one query whatever the page holds.
/// </summary>
public static class CaseJournalQuery
{
    public const int PageSize = 10;
    public const int ExcerptLength = 400;

    /// <summary>
    /// One applicant's page: the scope tested once, on the notes' applicant, where the notes' and objections' own
    /// filters would test it again in each subquery (<see cref="CaseWorkDbContext.ThroughApplicantFilter"/>).
    /// </summary>
    public static Task<JournalPage> LoadPageAsync(
        this CaseWorkDbContext db, Guid applicantId, JournalNoteKind? kind, string? before, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var notes = db.JournalNotes.IgnoreQueryFilters([CaseWorkDbContext.ThroughApplicantFilter])
            .Where(n => n.ApplicantId == applicantId && db.Applicants.Any(a => a.Id == n.ApplicantId));
        return db.LoadPageAsync(notes, kind, before, ExcerptLength, cancellationToken);
    }

    /// <param name="journal">One applicant's notes, as far as the reader may see them.</param>
    public static async Task<JournalPage> LoadPageAsync(
        this CaseWorkDbContext db, IQueryable<JournalNote> journal, JournalNoteKind? kind, string? before, int excerptLength, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var query = journal.AsNoTracking();
        if (kind is { } k)
        {
            query = query.Where(n => n.Kind == k);
        }

        if (ParseCursor(before) is { } cursor)
        {
            query = query.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.EventDate, n.Id), ValueTuple.Create(cursor.EventDate, cursor.Id)));
        }

        var rows = await query
            .OrderByDescending(n => n.EventDate).ThenByDescending(n => n.Id)
            .Take(PageSize + 1)
            .Select(n => new JournalRow(
                n.Id,
                n.Kind,
                n.EventDate,
                n.WrittenAt,
                n.SignedAt != null,
                db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                n.Text.Substring(0, excerptLength),
                n.Text.Length > excerptLength,
                n.CorrectsNoteId != null,
                journal.Any(c => c.CorrectsNoteId == n.Id),
                db.NoteObjections.Any(o => o.NoteId == n.Id)))
            .ToListAsync(cancellationToken);
        var hasOlder = rows.Count > PageSize;
        if (hasOlder)
        {
            rows.RemoveAt(PageSize);
        }

        return new JournalPage(rows, hasOlder ? Cursor(rows[^1]) : null, before is not null);
    }

    private static string Cursor(JournalRow row) => $"{FormValues.Format(row.EventDate)}_{row.Id:N}";

    private static (DateOnly EventDate, Guid Id)? ParseCursor(string? value)
    {
        var parts = value?.Split('_');
        return parts is [var date, var id]
            && FormValues.Date(date) is { } eventDate
            && Guid.TryParseExact(id, "N", out var noteId)
                ? (eventDate, noteId)
                : null;
    }
}

public sealed record JournalPage(IReadOnlyList<JournalRow> Notes, string? OlderCursor, bool IsOlderPage);

public sealed record JournalRow(
    Guid Id,
    JournalNoteKind Kind,
    DateOnly EventDate,
    DateTimeOffset WrittenAt,
    bool IsSigned,
    string Author,
    string Excerpt,
    bool IsCut,
    bool IsCorrection,
    bool IsCorrected,
    bool HasObjection);
