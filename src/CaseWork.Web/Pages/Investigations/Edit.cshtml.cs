namespace CaseWork.Web.Pages.Investigations;

/// <summary>Writes the basic investigation; signing makes it read-only.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class EditModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer, IValidator<InvestigationInput> validator) : ApplicantPageModel
{
    [FromRoute]
    public Guid? InvestigationId { get; set; }

    /// <summary>Where "Save and sign" posts: the draft being continued, or a new investigation.</summary>
    public string SignUrl => $"/Applicants/{ApplicantId}/Investigations/Edit{(InvestigationId is { } id ? "/" + id : string.Empty)}?handler=Sign";

    [BindProperty]
    public InvestigationInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await FindDraftAsync(cancellationToken);
        if (InvestigationId is not null && draft is null)
        {
            return RedirectToPage("Index", new { applicantId = ApplicantId });
        }

        InvestigationId = draft?.Id;
        Input = draft is null ? new InvestigationInput() : InvestigationInput.From(draft.Sections, draft.Version);
        await LoadApplicantNameAsync(db, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "basic investigation editor", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(sign: false, cancellationToken);

    public Task<IActionResult> OnPostSignAsync(CancellationToken cancellationToken) => SaveAsync(sign: true, cancellationToken);

    private async Task<IActionResult> SaveAsync(bool sign, CancellationToken cancellationToken)
    {
        var draft = InvestigationId is null ? null : await FindDraftAsync(cancellationToken);
        if (InvestigationId is not null && draft is null)
        {
            return NotFound();
        }

        await LoadApplicantNameAsync(db, cancellationToken);
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        try
        {
            if (draft is null)
            {
                draft = BasicInvestigation.Start(ApplicantId, db.CurrentUser.UserId!, Input.ToSections(), now);
                db.BasicInvestigations.Add(draft);
            }
            else
            {
                db.Entry(draft).Property(i => i.Version).OriginalValue = Input.Version;
                draft.Update(Input.ToSections());
            }

            if (sign)
            {
                draft.Sign(db.CurrentUser.UserId!, now);
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, InvestigationRuleFields.FieldFor);
            return Page();
        }

        audit.Add(AuditAction.InvestigationSaved, ApplicantId, sign ? $"investigation {draft.Id} signed" : $"investigation {draft.Id} draft");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            sign ? localizer["The basic investigation is signed."] : localizer["The basic investigation has been saved."],
            () =>
            {
                TempData["InvestigationSaved"] = ApplicantId.ToString();
                return sign
                    ? RedirectToPage("Details", new { applicantId = ApplicantId, investigationId = draft.Id })
                    : RedirectToPage(new { applicantId = ApplicantId, investigationId = draft.Id });
            },
            localizer["A colleague saved this investigation while you were writing. Your text is still in the form: open it in a new tab to see their version, then save again."],
            async _ =>
            {
                ModelState.Remove("Input.Version");
                Input.Version = await db.BasicInvestigations.AsNoTracking().Where(i => i.Id == draft.Id).Select(i => i.Version).SingleAsync(cancellationToken);
                return Page();
            });
    }

    /// <summary>The applicant's unsigned investigation: the one given, or else any.</summary>
    private Task<BasicInvestigation?> FindDraftAsync(CancellationToken cancellationToken) =>
        db.BasicInvestigations
            .Where(i => i.ApplicantId == ApplicantId && i.SignedAt == null && (InvestigationId == null || i.Id == InvestigationId))
            .OrderByDescending(i => i.StartedAt)
            .FirstOrDefaultAsync(cancellationToken);
}
