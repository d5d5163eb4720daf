namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>
/// Finds the person for a record extract by personnummer or samordningsnummer, whoever's case they are and with a
/// protected identity too: administrators have no case scope, so the register's query filter is set aside here. The
/// number is posted, never put in a URL (URLs end up in logs); the extract is addressed by the person's id.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public class IndexModel(CaseWorkDbContext db, TimeProvider clock, IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>A personnummer or samordningsnummer, in any form the register accepts.</summary>
    [BindProperty]
    public string? Number { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync([FromServices] IValidator<RecordSearchInput> validator, CancellationToken cancellationToken)
    {
        var input = new RecordSearchInput(Number);
        if (!await validator.ValidateIntoAsync(input, ModelState, prefix: string.Empty))
        {
            return Page();
        }

        var digits = input.ToNumber(clock.Today()).Digits;
        var personId = await db.Applicants.IgnoreQueryFilters()
            .Where(a => a.PersonalIdentityNumber == digits)
            .Select(a => (Guid?)a.Id)
            .SingleOrDefaultAsync(cancellationToken);
        if (personId is null)
        {
            ModelState.AddModelError(nameof(Number), localizer["Nobody with this number is registered in CaseWork."]);
            return Page();
        }

        return RedirectToPage("Extract", new { personId });
    }
}
