namespace CaseWork.Web.Pages.Phrases;

/// <summary>The phrase bank: the unit's phrases and the user's own, by title, keyset-paged, one query a page.</summary>
[Authorize(Policy = Policies.WriteCases)]
public class IndexModel(CaseWorkDbContext db) : KeysetListPageModel<ListedPhrase>
{
    public bool IsUnitHead => User.IsInRole(Roles.UnitHead);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Show(await PhraseQuery.ListAsync(db, After, Before, cancellationToken));

    /// <summary>Whether the user may change or delete the phrase: their own, or as unit head the unit's.</summary>
    public bool Keeps(ListedPhrase phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return !phrase.IsUnitPhrase || IsUnitHead;
    }
}
