using CaseWork.Infrastructure.Persistence.Configurations;

namespace CaseWork.Web.Pages.Phrases;

/// <summary>
/// Writes a new phrase, or changes or deletes one the user keeps: their own, or as unit head the unit's. Another
/// worker's own phrase is not found (the query filter hides it); the unit's phrase is refused to a worker.
/// </summary>
[Authorize(Policy = Policies.WriteCases)]
public class EditModel(CaseWorkDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<PhraseInput> validator) : PageModel
{
    [FromRoute]
    public Guid? PhraseId { get; set; }

    [BindProperty]
    public PhraseInput Input { get; set; } = new();

    public bool IsUnitHead => User.IsInRole(Roles.UnitHead);

    public bool IsNew => PhraseId is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var (phrase, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (phrase is not null)
        {
            Input = PhraseInput.From(phrase, db.Entry(phrase).Property<uint>(PhraseConfiguration.VersionProperty).CurrentValue);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (phrase, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var keeper = PhraseKeepers.Of(db, User);
        var now = clock.GetUtcNow();
        if (phrase is not null)
        {
            db.Entry(phrase).Property<uint>(PhraseConfiguration.VersionProperty).OriginalValue = Input.Version;
            if (!this.DomainAccepts(() => phrase.Change(keeper, Input.Title, Input.Text, Input.ToUse(), now), localizer, PhraseRuleFields.FieldFor))
            {
                return Page();
            }
        }
        else
        {
            if (!this.DomainAccepts(
                    () => Input.ForUnit
                        ? Phrase.ForUnit(keeper, Input.Title, Input.Text, Input.ToUse(), now)
                        : Phrase.OwnedBy(keeper, Input.Title, Input.Text, Input.ToUse(), now),
                    localizer, PhraseRuleFields.FieldFor, out var made))
            {
                return Page();
            }

            db.Phrases.Add(made);
        }

        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            localizer["The phrase has been saved."],
            () => RedirectToPage("Index"),
            localizer["The phrase was changed elsewhere while you were editing it. Your text is still in the form: save again to replace the other version."],
            this.Redraw());
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var (phrase, refusal) = await LoadAsync(cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        if (phrase is null)
        {
            return NotFound();
        }

        db.Phrases.Remove(phrase);
        return await this.SaveFormAsync(() => db.SaveChangesAsync(cancellationToken), localizer["The phrase has been deleted."], () => RedirectToPage("Index"));
    }

    /// <summary>The phrase being changed: not found unless the user sees it, refused unless they keep it.</summary>
    private async Task<(Phrase? Phrase, IActionResult? Refusal)> LoadAsync(CancellationToken cancellationToken)
    {
        if (PhraseId is not { } id)
        {
            return (null, null);
        }

        var phrase = await db.Phrases.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (phrase is null)
        {
            return (null, NotFound());
        }

        return phrase.IsKeptBy(PhraseKeepers.Of(db, User)) ? (phrase, null) : (null, Forbid());
    }
}
