namespace CaseWork.Web.Pages.Investigations;

[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(CaseWorkDbContext db, AuditLog audit) : ApplicantPageModel
{
    [FromRoute]
    public Guid InvestigationId { get; set; }

    public BasicInvestigation Investigation { get; private set; } = null!;

    /// <summary>The signer once signed, else the author.</summary>
    public string? Author { get; private set; }

    public bool JustSaved { get; private set; }

    public bool CanEdit => db.CurrentUser.Scope.CanWritePlans;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var investigation = await db.BasicInvestigations.AsNoTracking()
            .SingleOrDefaultAsync(i => i.Id == InvestigationId && i.ApplicantId == ApplicantId, cancellationToken);
        if (investigation is null)
        {
            return NotFound();
        }

        Investigation = investigation;
        await LoadApplicantNameAsync(db, cancellationToken);
        Author = await db.Users.Where(u => u.Id == (investigation.SignedBy ?? investigation.AuthorId)).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        JustSaved = TempData["InvestigationSaved"] as string == ApplicantId.ToString();
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"basic investigation {InvestigationId}", cancellationToken);
        return Page();
    }
}
