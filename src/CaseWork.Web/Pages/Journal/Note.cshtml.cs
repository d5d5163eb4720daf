using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Infrastructure.Auditing;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CaseWork.Web.Pages.Journal;

/// <summary>One journal note, what it corrects and what corrects it; its author signs a draft here.</summary>
public class NoteModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ApplicantId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid NoteId { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public NoteView Note { get; private set; } = null!;

    public bool IsOwnDraft => !Note.IsSigned && Note.AuthorId == db.CurrentUser.UserId && db.CurrentUser.Scope.CanWritePlans;

    public bool CanCorrect => Note.IsSigned && Note.CorrectedBy is null && db.CurrentUser.Scope.CanWritePlans;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var note = await db.JournalNotes.AsNoTracking()
            .Where(n => n.Id == NoteId && n.ApplicantId == ApplicantId)
            .Select(n => new NoteView(
                n.Id,
                n.Kind,
                n.EventDate,
                n.Text,
                n.AuthorId,
                db.Users.Where(u => u.Id == n.AuthorId).Select(u => u.DisplayName).FirstOrDefault() ?? "–",
                n.WrittenAt,
                n.SignedAt,
                EF.Property<uint>(n, JournalNoteConfiguration.VersionProperty),
                db.JournalNotes.Where(o => o.Id == n.CorrectsNoteId).Select(o => new NoteLink(o.Id, o.EventDate, o.WrittenAt)).FirstOrDefault(),
                db.JournalNotes.Where(c => c.CorrectsNoteId == n.Id).OrderBy(c => c.Id).Select(c => new NoteLink(c.Id, c.EventDate, c.WrittenAt)).FirstOrDefault(),
                db.Applicants.Where(a => a.Id == n.ApplicantId).Select(a => a.FirstName + " " + a.LastName).First()))
            .SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return NotFound();
        }

        Note = note;
        Version = note.Version;
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"journal note {NoteId}", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSignAsync(CancellationToken cancellationToken)
    {
        var note = await db.JournalNotes.SingleOrDefaultAsync(n => n.Id == NoteId && n.ApplicantId == ApplicantId, cancellationToken);
        if (note is null)
        {
            return NotFound();
        }

        if (!db.CurrentUser.Scope.CanWritePlans || note.AuthorId != db.CurrentUser.UserId)
        {
            return Forbid();
        }

        if (!note.IsSigned)
        {
            db.Entry(note).Property<uint>(JournalNoteConfiguration.VersionProperty).OriginalValue = Version;
            note.Sign(clock.GetUtcNow());
            audit.Add(AuditAction.JournalNoteSigned, ApplicantId, $"journal note {note.Id}");
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                TempData["StatusMessage"] = localizer["The draft changed while you were reading it. Read it again before signing."].Value;
                return RedirectToPage(new { applicantId = ApplicantId, noteId = NoteId });
            }
        }

        TempData["StatusMessage"] = localizer["The note has been signed."].Value;
        return RedirectToPage(new { applicantId = ApplicantId, noteId = NoteId });
    }

    public sealed record NoteLink(Guid Id, DateOnly EventDate, DateTimeOffset WrittenAt);

    public sealed record NoteView(
        Guid Id,
        JournalNoteKind Kind,
        DateOnly EventDate,
        string Text,
        string AuthorId,
        string Author,
        DateTimeOffset WrittenAt,
        DateTimeOffset? SignedAt,
        uint Version,
        NoteLink? Corrects,
        NoteLink? CorrectedBy,
        string ApplicantName)
    {
        public bool IsSigned => SignedAt is not null;
    }
}
