using CaseWork.Domain.Journal;
using CaseWork.Web.Tests.Infrastructure;

namespace CaseWork.Web.Tests.Journal;

/// <summary>Arranges journal notes straight in the database, through the domain.</summary>
internal static class JournalNotes
{
    public static DateOnly Today => AppTime.Today;

    public static async Task<JournalNote> AddNoteAsync(
        this AppFixture app, Guid applicantId, string authorId, DateOnly eventDate, JournalNoteKind kind = JournalNoteKind.General, string? text = null, bool signed = true)
    {
        var now = AppTime.UtcNow;
        var note = JournalNote.Write(applicantId, authorId, kind, eventDate, text ?? $"Anteckning {eventDate:yyyy-MM-dd}", now, Today);
        if (signed)
        {
            note.Sign(now);
        }

        await using var db = app.NewDbContext();
        db.JournalNotes.Add(note);
        await db.SaveChangesAsync();
        return note;
    }
}
