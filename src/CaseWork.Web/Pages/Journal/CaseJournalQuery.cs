namespace CaseWork.Web.Pages.Journal;

/// <summary>
/// The journal's pages: newest event first, then newest written (note ids are time-ordered), one page at a time by
/// keyset, in one query whatever the page holds. The case page reads its page in its own statement
/// (<see cref="Applicants.CaseFileQuery"/>) with these columns, this order, this cursor and <see cref="PageOf"/>.
/// </summary>
public static class CaseJournalQuery
{
    public const int PageSize = 10;
    public const int ExcerptLength = 400;

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
        return PageOf(rows, before);
    }

    /// <summary>The page from the rows read (one more than a page, to tell whether older ones exist), newest first.</summary>
    internal static JournalPage PageOf(List<JournalRow> rows, string? before)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var hasOlder = rows.Count > PageSize;
        if (hasOlder)
        {
            rows.RemoveAt(PageSize);
        }

        return new JournalPage(rows, hasOlder ? Cursor(rows[^1]) : null, before is not null);
    }

    private static string Cursor(JournalRow row) => $"{FormValues.Format(row.EventDate)}_{row.Id:N}";

    /// <summary>Where a page starts: the last note of the page before it, or null for the first page (or a cursor that does not parse).</summary>
    internal static (DateOnly EventDate, Guid Id)? ParseCursor(string? value)
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
