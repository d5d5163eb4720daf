using CaseWork.Infrastructure.Referrals;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>The social worker refers an applicant to Jobbtorg or Jobbtorg Resurs, with the applicant's consent recorded.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class CreateModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<ReferralInput> validator, ResursPlaceService resursPlaces) : ApplicantPageModel
{
    [BindProperty]
    public ReferralInput Input { get; set; } = new();

    public List<SelectListItem> JobCentres { get; private set; } = [];

    private DateOnly Today => ReferralDates.Today(clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var goal = await db.WorkPlans.AsNoTracking()
            .Where(p => p.ApplicantId == ApplicantId && p.Status == WorkPlanStatus.Active)
            .Select(p => p.Versions.OrderByDescending(v => v.Number).Select(v => v.Content).FirstOrDefault())
            .FirstOrDefaultAsync(cancellationToken);
        Input = ReferralInput.New(Today, goal?.Goal);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "referral form", cancellationToken);
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Input, ModelState);
        if (Input.JobCentreId is { } centre && !await db.JobCentres.AnyAsync(c => c.Id == centre, cancellationToken))
        {
            ModelState.AddModelError("Input.JobCentreId", localizer["Choose the Jobbtorg the referral goes to."]);
        }

        if (Input.ChosenProgram is { } program
            && await db.Referrals.AnyAsync(r => r.ApplicantId == ApplicantId && r.Program == program && r.ClosedOn == null, cancellationToken))
        {
            AddAlreadyOpenError(program);
        }

        if (!ModelState.IsValid)
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        var districtId = await db.Applicants.Where(a => a.Id == ApplicantId).Select(a => a.DistrictId).SingleAsync(cancellationToken);
        if (!this.DomainAccepts(
            () => Referral.Send(Input.ToRequest(ApplicantId, districtId), db.CurrentUser.UserId ?? string.Empty, clock.GetUtcNow(), Today),
            localizer,
            code => ReferralRuleFields.FieldFor(code, "Input", "SentOn"),
            out var referral))
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        audit.Add(AuditAction.ReferralSent, ApplicantId, $"referral {referral.Id}: {referral.Program}, consent {(referral.Consent.Given ? "given" : "refused")}");
        try
        {
            if (referral.Program == ReferralProgram.Resurs)
            {
                await resursPlaces.AdmitAsync(referral, cancellationToken);
            }
            else
            {
                db.Referrals.Add(referral);
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateException ex) when (PostgresErrors.IsUniqueViolation(ex))
        {
            // A colleague sent one for the same applicant a moment ago; the index on open referrals decided.
            AddAlreadyOpenError(referral.Program);
            db.ChangeTracker.Clear();
            await PrepareAsync(cancellationToken);
            return Page();
        }

        return this.WithStatusMessage(await SentMessageAsync(referral, cancellationToken), RedirectToPage("Details", new { applicantId = ApplicantId, referralId = referral.Id }));
    }

    private void AddAlreadyOpenError(ReferralProgram program) =>
        ModelState.AddModelError("Input.Program", localizer["The applicant already has an open referral to {0}. Open it from the case page; a new one can be sent once it is closed.", localizer.Text(program)]);

    private async Task<string> SentMessageAsync(Referral referral, CancellationToken cancellationToken)
    {
        if (referral.Program == ReferralProgram.Jobbtorg)
        {
            return localizer["The referral to Jobbtorg has been sent."];
        }

        if (referral.HoldsPlace)
        {
            return localizer["The referral to Jobbtorg Resurs has been sent and has a place."];
        }

        var position = await db.ResursQueuePositions.Where(q => q.ReferralId == referral.Id).Select(q => q.Position).SingleAsync(cancellationToken);
        return localizer["The referral to Jobbtorg Resurs has been sent. No place is free: it is number {0} in the district's queue.", position];
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        JobCentres = await db.JobCentres.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new SelectListItem(c.Name, c.Id.ToString()))
            .ToListAsync(cancellationToken);
    }
}
