using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Journal;

/// <summary>One journal note, what it corrects and what corrects it; its author signs a draft here.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class NoteModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<ObjectionInput> validator) : ApplicantPageModel
{
    [FromRoute]
    public Guid NoteId { get; set; }

    [BindProperty]
    public uint Version { get; set; }

    public NoteView Note { get; private set; } = null!;

    public IReadOnlyList<ObjectionView> Objections { get; private set; } = [];

    /// <summary>The applicant's objection being recorded: its text and the day they made it (yyyy-MM-dd).</summary>
    [BindProperty]
    [DataType(DataType.MultilineText)]
    public string? ObjectionText { get; set; }

    [BindProperty]
    public string? ObjectionReceivedOn { get; set; }

    public string ObjectionDraftKey => $"objection-{NoteId}";

    public bool CanRecordObjection => Note.IsSigned && db.CurrentUser.Scope.CanWriteCases;

    public bool IsOwnDraft => !Note.IsSigned && Note.AuthorId == db.CurrentUser.UserId && db.CurrentUser.Scope.CanWritePlans;

    public bool CanCorrect => Note.IsSigned && Note.CorrectedBy is null && db.CurrentUser.Scope.CanWritePlans;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Note.Version;
        ObjectionReceivedOn = FormValues.Format(Today);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"journal note {NoteId}", cancellationToken);
        return Page();
    }

    /// <summary>Attaches the applicant's objection to the signed note; the note stays as written.</summary>
    public async Task<IActionResult> OnPostObjectionAsync(CancellationToken cancellationToken)
    {
        var note = await db.JournalNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == NoteId && n.ApplicantId == ApplicantId, cancellationToken);
        if (note is null)
        {
            return NotFound();
        }

        if (!db.CurrentUser.Scope.CanWriteCases)
        {
            return Forbid();
        }

        await validator.ValidateIntoAsync(new ObjectionInput(ObjectionText, ObjectionReceivedOn), ModelState, prefix: string.Empty);
        try
        {
            // An unreadable date is already reported; the text is still checked against today.
            var objection = NoteObjection.Record(note, ObjectionText, FormValues.Date(ObjectionReceivedOn) ?? Today, db.CurrentUser.UserId!, clock.GetUtcNow(), Today);
            if (ModelState.IsValid)
            {
                db.NoteObjections.Add(objection);
                audit.Add(AuditAction.NoteObjectionRecorded, ApplicantId, $"journal note {NoteId}");
                TempData["ObjectionSaved"] = ObjectionDraftKey;
                return await this.SaveFormAsync(
                    () => db.SaveChangesAsync(cancellationToken),
                    localizer["The objection has been saved and attached to the note."],
                    () => RedirectToPage(null, null, new { applicantId = ApplicantId, noteId = NoteId }, "objections"));
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, JournalRuleFields.FieldFor);
        }

        await LoadAsync(cancellationToken);
        Version = Note.Version;
        return Page();
    }

    private DateOnly Today => clock.Today();

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
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
                db.JournalNotes.Where(c => c.CorrectsNoteId == n.Id).OrderBy(c => c.Id).Select(c => new NoteLink(c.Id, c.EventDate, c.WrittenAt)).FirstOrDefault()))
            .SingleOrDefaultAsync(cancellationToken);
        if (note is null)
        {
            return false;
        }

        Note = note;
        await LoadApplicantNameAsync(db, cancellationToken);
        Objections = await db.NoteObjections.AsNoTracking()
            .Where(o => o.NoteId == NoteId)
            .OrderBy(o => o.RecordedAt)
            .Select(o => new ObjectionView(
                o.Text, o.ReceivedOn, o.RecordedAt, db.Users.Where(u => u.Id == o.RecordedById).Select(u => u.DisplayName).FirstOrDefault() ?? "–"))
            .ToListAsync(cancellationToken);
        return true;
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
            return await this.SaveFormAsync(
                () => db.SaveChangesAsync(cancellationToken),
                localizer["The note has been signed."],
                () => RedirectToPage(new { applicantId = ApplicantId, noteId = NoteId }),
                conflict: null,
                _ =>
                {
                    return Task.FromResult(this.WithStatusMessage(
                        localizer["The draft changed while you were reading it. Read it again before signing."], RedirectToPage(new { applicantId = ApplicantId, noteId = NoteId })));
                });
        }

        return this.WithStatusMessage(localizer["The note has been signed."], RedirectToPage(new { applicantId = ApplicantId, noteId = NoteId }));
    }

    public sealed record ObjectionView(string Text, DateOnly ReceivedOn, DateTimeOffset RecordedAt, string RecordedBy);

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
        NoteLink? CorrectedBy)
    {
        public bool IsSigned => SignedAt is not null;
    }
}
