namespace CaseWork.Web.Pages.Phrases;

/// <summary>The phrase bank: the unit's phrases and the user's own, by title, keyset-paged, one query a page.</summary>
[Authorize(Policy = Policies.WriteCases)]
public class IndexModel(CaseWorkDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public List<ListedPhrase> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    public bool IsUnitHead => User.IsInRole(Roles.UnitHead);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        (Rows, NextCursor, PreviousCursor) = await PhraseQuery.ListAsync(db, After, Before, cancellationToken);

    /// <summary>Whether the user may change or delete the phrase: their own, or as unit head the unit's.</summary>
    public bool Keeps(ListedPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return !phrase.IsUnitPhrase || IsUnitHead;
    }
}
