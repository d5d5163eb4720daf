using CaseWork.Infrastructure.Referrals;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>One referral from the district's side: its dated lifecycle, consent, and closing it.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class DetailsModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<ConsentInput> consentValidator, IValidator<CloseInput> closeValidator, ResursPlaceService resursPlaces) : ApplicantPageModel
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    [BindProperty]
    public ConsentInput Consent { get; set; } = new();

    [BindProperty]
    public CloseInput Close { get; set; } = new();

    /// <summary>The row version the forms were drawn from (xmin).</summary>
    [BindProperty]
    public uint Version { get; set; }

    public ReferralView Referral { get; private set; } = null!;

    public IReadOnlyList<ReferralTimeline.Entry> Timeline { get; private set; } = [];

    public DateOnly Today => ReferralDates.Today(clock);

    public bool CanWrite => db.CurrentUser.Scope.CanWritePlans;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Consent = ConsentInput.From(Referral.Consent);
        Close = new CloseInput { On = FormValues.Format(Today) };
        Version = Referral.Version;
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, $"referral {ReferralId}", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostConsentAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenForWriteAsync(cancellationToken);
        if (opened.Referral is not { } referral)
        {
            return opened.Refusal!;
        }

        if (!await consentValidator.ValidateIntoAsync(Consent, ModelState, nameof(Consent))
            || !this.DomainAccepts(() => referral.RecordConsent(Consent.ToConsent(), Today), localizer, code => ReferralRuleFields.FieldFor(code, nameof(Consent), nameof(ConsentInput.RecordedOn))))
        {
            return await RedrawAsync(cancellationToken);
        }

        audit.Add(AuditAction.ReferralConsentChanged, ApplicantId, $"referral {ReferralId}: {(Consent.IsGiven ? "given " + Consent.Scope : "refused")}");
        return await SaveAsync(referral, () => db.SaveChangesAsync(cancellationToken), () => localizer["The consent has been saved."].Value, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenForWriteAsync(cancellationToken);
        if (opened.Referral is not { } referral)
        {
            return opened.Refusal!;
        }

        if (!await closeValidator.ValidateIntoAsync(Close, ModelState, nameof(Close))
            || !this.DomainAccepts(() => referral.Close(FormValues.Date(Close.On)!.Value, Close.ChosenReason, Close.Note, Today), localizer, code => ReferralRuleFields.FieldFor(code, nameof(Close))))
        {
            return await RedrawAsync(cancellationToken);
        }

        audit.Add(AuditAction.ReferralClosed, ApplicantId, $"referral {ReferralId}: {referral.ClosureReason}");
        var message = localizer["The referral is closed."].Value;
        return await SaveAsync(
            referral,
            async () =>
            {
                if (await resursPlaces.SaveReferralAsync(db, referral, cancellationToken) > 0)
                {
                    message += " " + localizer["The Resurs place went to the next referral in the district's queue."];
                }
            },
            () => message,
            cancellationToken);
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(CancellationToken cancellationToken)
    {
        var opened = await OpenForWriteAsync(cancellationToken);
        if (opened.Referral is not { } referral)
        {
            return opened.Refusal!;
        }

        referral.AcknowledgePlaceNotice(clock.GetUtcNow());
        audit.Add(AuditAction.ReferralPlaceNoticeAcknowledged, ApplicantId, $"referral {ReferralId}");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken), localizer["Noted."], () => RedirectToPage(new { applicantId = ApplicantId, referralId = ReferralId }));
    }

    /// <summary>The referral the write handlers change: only for a user who writes plans, only this applicant's.</summary>
    private async Task<(Referral? Referral, IActionResult? Refusal)> OpenForWriteAsync(CancellationToken cancellationToken)
    {
        if (!CanWrite)
        {
            return (null, Forbid());
        }

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.Id == ReferralId && r.ApplicantId == ApplicantId, cancellationToken);
        return referral is null ? (null, NotFound()) : (referral, null);
    }

    /// <summary>Saves against the version the form was drawn from: a colleague's change in between is shown, not overwritten.</summary>
    private async Task<IActionResult> SaveAsync(Referral referral, Func<Task> save, Func<string> message, CancellationToken cancellationToken)
    {
        db.Entry(referral).Property(r => r.Version).OriginalValue = Version;
        return await this.SaveFormAsync(
            save,
            message,
            () => RedirectToPage(new { applicantId = ApplicantId, referralId = ReferralId }),
            localizer["A colleague changed this referral while you were working on it. What you typed is still in the form: check the referral as it is now, then save again."],
            _ =>
            {
                db.ChangeTracker.Clear();
                ModelState.Remove(nameof(Version));
                return RedrawAsync(cancellationToken, keepVersion: false);
            });
    }

    private async Task<IActionResult> RedrawAsync(CancellationToken cancellationToken, bool keepVersion = true)
    {
        var version = Version;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = keepVersion ? version : Referral.Version;
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var view = await ReferralQuery.ViewAsync(db, ApplicantId, ReferralId, cancellationToken);
        if (view is null)
        {
            return false;
        }

        Referral = view;
        Timeline = ReferralTimeline.For(view, Today);
        return true;
    }
}
