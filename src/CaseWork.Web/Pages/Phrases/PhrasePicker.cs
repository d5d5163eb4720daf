namespace CaseWork.Web.Pages.Phrases;

/// <summary>
/// The phrase picker beside one text (<c>_PhrasePicker</c>): the phrases for its use, filled from the case, the most
/// used first. With script it is a filtered listbox that inserts at the cursor; without, a select and an "Infoga"
/// button that posts the form to the host page's <see cref="InsertHandler"/>, which appends (<see cref="AppendTo"/>).
/// </summary>
/// <param name="TextareaId">The id of the textarea the picker fills.</param>
public sealed record PhrasePicker(string TextareaId, IReadOnlyList<OfferedPhrase> Phrases)
{
    /// <summary>The host page's handler for the select's "Infoga" button, when no script runs.</summary>
    public const string InsertHandler = "InsertPhrase";

    /// <summary>The form field of the select: the chosen phrase's id.</summary>
    public const string SelectField = "InsertPhraseId";

    public static async Task<PhrasePicker> ForAsync(CaseWorkDbContext db, string textareaId, PhraseUse use, PhraseCase values, CancellationToken cancellationToken) =>
        new(textareaId, await PhraseQuery.OfferedAsync(db, use, values, cancellationToken));

    /// <summary>
    /// The no-script insertion: the chosen phrase after what was typed, and its use counted. Null when the choice is
    /// none or not offered here; the host page then shows the form as it was.
    /// </summary>
    private async Task<string?> AppendToAsync(CaseWorkDbContext db, Guid? chosen, string? typed, CancellationToken cancellationToken)
    {
        if (Phrases.FirstOrDefault(p => p.Id == chosen) is not { } phrase)
        {
            return null;
        }

        await PhraseQuery.CountUseAsync(db, phrase.Id, cancellationToken);
        return PhraseFilling.AppendTo(typed, phrase.Text);
    }

    /// <summary>
    /// The host page's <see cref="InsertHandler"/>, once the page is loaded again: the chosen phrase after the typed
    /// text, given to the field by <paramref name="fill"/> and shown instead of what was posted (the field's name is the
    /// textarea's id with its dots back); everything else stays as typed, nothing is saved.
    /// </summary>
    public async Task<IActionResult> InsertAsync(
        PageModel page, CaseWorkDbContext db, Guid? chosen, string? typed, Action<string> fill, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fill);
        if (await AppendToAsync(db, chosen, typed, cancellationToken) is { } text)
        {
            fill(text);
            page.ModelState.Remove(TextareaId.Replace('_', '.'));
        }

        return page.Page();
    }
}
