namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// Aktivt val: before reading a file outside their own work, the reader states why, from a short list and in their
/// own words. The reason is written to the access log and holds for this applicant for an hour
/// (<see cref="StatedReason.HeldFor"/>); <see cref="ReadPurposeFilter"/> sends readers here.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class ReasonModel(CaseWorkDbContext db, CaseReadFacts reads, AuditLog audit, ReadPurposes purposes, IStringLocalizer<SharedResource> localizer) : ApplicantPageModel
{
    /// <summary>The case-file page the reader asked for; only a local address is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await reads.DecideAsync(HttpContext, ApplicantId) is { NeedsReason: false })
        {
            // The read is part of the reader's work, or a reason is already held: nothing to ask.
            return LocalRedirect(Back);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        ReadReason? chosen = Enum.GetNames<ReadReason>().Contains(Input.Reason) ? Enum.Parse<ReadReason>(Input.Reason!) : null;
        try
        {
            var reason = StatedReason.Create(chosen, Input.Text);
            purposes.Set(ApplicantId, new ReadDecision(ReadPurpose.StatedReason, reason));
            await audit.WriteAsync(AuditAction.ReadReasonStated, ApplicantId, null, cancellationToken);
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, ApplicantRuleFields.FieldFor);
            await LoadAsync(cancellationToken);
            return Page();
        }

        return LocalRedirect(Back);
    }

    /// <summary>Where the reader goes on: the page they asked for, or the case page.</summary>
    public string Back => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)
        ? ReturnUrl
        : Url.Page("/Applicants/Details", new { applicantId = ApplicantId })!;

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        await LoadApplicantNameAsync(db, cancellationToken);

    public sealed class InputModel
    {
        public string? Reason { get; set; }

        public string? Text { get; set; }
    }
}
