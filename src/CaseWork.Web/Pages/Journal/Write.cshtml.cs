using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Pages.Phrases;

namespace CaseWork.Web.Pages.Journal;

/// <summary>
/// Writes a journal note, continues one's own draft ({noteId}), or writes the correction of a signed note: the note
/// corrected is in the address, /Applicants/{applicantId}/Journal/{corrects}/Correction (<see cref="CorrectionRoute"/>),
/// and must be this applicant's.
/// </summary>
[Authorize(Policy = Policies.WritePlans)]
public class WriteModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<JournalNoteInput> validator) : ApplicantPageModel
{
    /// <summary>The page's second address, for a new correction (Startup/ServiceRegistration.cs adds it).</summary>
    public const string CorrectionRoute = "/Applicants/{applicantId:guid}/Journal/{corrects:guid}/Correction";

    [FromRoute]
    public Guid? NoteId { get; set; }

    /// <summary>The signed note this one corrects, when writing a correction; a draft correction names it itself.</summary>
    [FromRoute]
    public Guid? Corrects { get; set; }

    [BindProperty]
    public JournalNoteInput Input { get; set; } = new();

    public JournalNote? Original { get; private set; }

    /// <summary>The phrase picker beside the note's text.</summary>
    public PhrasePicker TextPhrases { get; private set; } = new("Input_Text", []);

    /// <summary>The phrase chosen in the picker's select, when no script runs.</summary>
    [BindProperty(Name = PhrasePicker.SelectField)]
    public Guid? InsertPhraseId { get; set; }

    /// <summary>The browser keeps unsaved text under this key until the note is saved.</summary>
    public string DraftKey => $"journal-{ApplicantId}-{NoteId?.ToString() ?? Corrects?.ToString() ?? "new"}";

    /// <summary>Where the form posts: the draft being continued, or the note being corrected.</summary>
    public string PostUrl => (NoteId, Corrects) switch
    {
        ({ } id, _) => $"/Applicants/{ApplicantId}/Journal/Write/{id}",
        (null, { } original) => $"/Applicants/{ApplicantId}/Journal/{original}/Correction",
        _ => $"/Applicants/{ApplicantId}/Journal/Write",
    };

    private DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (note, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        Input = note is not null
            ? new JournalNoteInput { Kind = note.Kind.ToString(), EventDate = FormValues.Format(note.EventDate), Text = note.Text, Version = db.Entry(note).Property<uint>(JournalNoteConfiguration.VersionProperty).CurrentValue }
            : new JournalNoteInput { Kind = (Original?.Kind ?? JournalNoteKind.General).ToString(), EventDate = FormValues.Format(Original?.EventDate ?? Today) };
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "journal editor", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(sign: false, cancellationToken);

    public Task<IActionResult> OnPostSignAsync(CancellationToken cancellationToken) => SaveAsync(sign: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool sign, CancellationToken cancellationToken)
    {
        var (note, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        var eventDate = FormValues.Date(Input.EventDate)!.Value;
        try
        {
            if (note is not null)
            {
                db.Entry(note).Property<uint>(JournalNoteConfiguration.VersionProperty).OriginalValue = Input.Version;
                note.Change(eventDate, Input.Text!, Today);
            }
            else
            {
                note = Original is not null
                    ? JournalNote.CorrectionOf(Original, db.CurrentUser.UserId!, Input.Text!, now, Today)
                    : JournalNote.Write(ApplicantId, db.CurrentUser.UserId!, Enum.Parse<JournalNoteKind>(Input.Kind!), eventDate, Input.Text!, now, Today);
                db.JournalNotes.Add(note);
            }

            if (sign)
            {
                note.Sign(now);
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, JournalRuleFields.FieldFor);
            return Page();
        }

        audit.Add(sign ? AuditAction.JournalNoteSigned : AuditAction.JournalNoteSaved, ApplicantId, $"journal note {note.Id}");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            sign ? localizer["The note has been signed."] : localizer["The draft note has been saved. It becomes part of the journal when signed."],
            () =>
            {
                TempData["JournalSaved"] = DraftKey;
                return RedirectToPage("Note", new { applicantId = ApplicantId, noteId = note.Id });
            },
            localizer["The draft was changed or signed elsewhere while you were writing. Your text is still in the form: copy it, open the note to see what it says now, and write again."],
            this.Redraw());
    }

    /// <summary>Without script: the chosen phrase after the typed text; everything else stays as typed, nothing is saved.</summary>
    public async Task<IActionResult> OnPostInsertPhraseAsync(CancellationToken cancellationToken)
    {
        var (_, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        return await TextPhrases.InsertAsync(this, db, InsertPhraseId, Input.Text, text => Input.Text = text, cancellationToken);
    }

    /// <summary>The draft being continued (only its author's, only unsigned) and the note being corrected (only signed).</summary>
    private async Task<(JournalNote? Note, IActionResult? Refusal)> LoadAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        JournalNote? note = null;
        if (NoteId is { } id)
        {
            note = await db.JournalNotes.SingleOrDefaultAsync(n => n.Id == id && n.ApplicantId == ApplicantId, cancellationToken);
            if (note is null || note.IsSigned)
            {
                return (null, note is null ? NotFound() : RedirectToPage("Note", new { applicantId = ApplicantId, noteId = id }));
            }

            if (note.AuthorId != db.CurrentUser.UserId)
            {
                return (null, Forbid());
            }

            Corrects = note.CorrectsNoteId;
        }

        if (Corrects is { } original)
        {
            Original = await db.JournalNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == original && n.ApplicantId == ApplicantId && n.SignedAt != null, cancellationToken);
            if (Original is null)
            {
                return (null, NotFound());
            }
        }

        var eventDate = FormValues.Date(Input.EventDate) ?? note?.EventDate ?? Original?.EventDate ?? Today;
        var phraseCase = await PhraseQuery.CaseAsync(db, ApplicantId, new DateOnly(eventDate.Year, eventDate.Month, 1), eventDate, cancellationToken);
        TextPhrases = await PhrasePicker.ForAsync(db, "Input_Text", PhraseUse.JournalNote, phraseCase, cancellationToken);
        return (note, null);
    }
}
