namespace CaseWork.Web.Pages.Phrases;

/// <summary>
/// Counts one insertion of a phrase, posted by the picker when it inserts the phrase at the cursor (antiforgery as
/// every post). Counted on insertion rather than when the host form is saved: the count is what sorts the picker,
/// an insertion is the choice it records, and the forms that hold a picker need no field for it. One UPDATE, so that
/// two workers inserting at once both count; the query filter limits it to phrases the user sees.
/// </summary>
[Authorize(Policy = Policies.WriteCases)]
public class UseModel(CaseWorkDbContext db) : PageModel
{
    [FromRoute]
    public Guid PhraseId { get; set; }

    public IActionResult OnGet() => RedirectToPage("Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        await PhraseQuery.CountUseAsync(db, PhraseId, cancellationToken) ? new NoContentResult() : NotFound();
}
