using CaseWork.Infrastructure.Referrals;
using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>
/// One participant as the coach sees them: the referral, name and contact, what consent opens, and the small forms
/// that record the enrolment. Every form has its own handler; each one refuses a referral of another Jobbtorg.
/// </summary>
[Authorize(Policy = Policies.Coach)]
public class ParticipantModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    CoachParticipantQuery participants, ResursPlaceService resursPlaces, IValidator<LifecycleInput> lifecycleValidator) : PageModel
{
    [FromRoute]
    public Guid ReferralId { get; set; }

    /// <summary>The referral's row version when the page was shown; a colleague's save in between is a conflict.</summary>
    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public LifecycleInput Lifecycle { get; set; } = new();

    [BindProperty]
    public AttendanceInput Attendance { get; set; } = new();

    [BindProperty]
    public InterventionInput Intervention { get; set; } = new();

    [BindProperty]
    public EndInterventionInput Ending { get; set; } = new();

    [BindProperty]
    public ClosureInput Closure { get; set; } = new();

    public CoachParticipant Participant { get; private set; } = null!;

    public List<SelectListItem> InterventionTypes { get; private set; } = [];

    public DateOnly Today { get; } = clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        Version = Participant.Referral.Version;

        if (!Participant.Referral.IsClosed)
        {
            // The coach mostly records what happened today: every date starts there and is changed when it was another
            // day. Not after the closure: nothing more is recorded, and the page shows nothing dated after it.
            var today = FormValues.Format(Today);
            Lifecycle = new LifecycleInput { ReceivedOn = today, FirstVisitOn = today, JobPlanOn = today, DeeperJobPlanOn = today, JointFollowUpOn = today };
            Intervention.Start = today;
            Ending.End = today;
            Closure.On = today;
        }

        return Page();
    }

    public Task<IActionResult> OnPostReceivedAsync(CancellationToken cancellationToken) => RecordStepAsync(LifecycleStep.Received, cancellationToken);

    public Task<IActionResult> OnPostFirstVisitAsync(CancellationToken cancellationToken) => RecordStepAsync(LifecycleStep.FirstVisit, cancellationToken);

    public Task<IActionResult> OnPostJobPlanAsync(CancellationToken cancellationToken) => RecordStepAsync(LifecycleStep.JobPlan, cancellationToken);

    public Task<IActionResult> OnPostDeeperJobPlanAsync(CancellationToken cancellationToken) => RecordStepAsync(LifecycleStep.DeeperJobPlan, cancellationToken);

    public Task<IActionResult> OnPostJointFollowUpAsync(CancellationToken cancellationToken) => RecordStepAsync(LifecycleStep.JointFollowUp, cancellationToken);

    public async Task<IActionResult> OnPostAttendanceAsync([FromServices] IValidator<AttendanceInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Attendance, ModelState, nameof(Attendance));
        return await ChangeAsync("Attendance.Month", referral =>
        {
            var month = Attendance.ReportOn(referral, db.CurrentUser.UserId ?? db.CurrentUser.UserName, clock.GetUtcNow(), Today);
            return ($"attendance {month:yyyy-MM}", localizer["The attendance for {0} is recorded.", month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)]);
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostStartInterventionAsync([FromServices] IValidator<InterventionInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Intervention, ModelState, nameof(Intervention));
        var typeId = FormValues.Whole(Intervention.TypeId) ?? 0;
        if (ModelState.IsValid && !await db.IsActiveInterventionTypeAsync(typeId, cancellationToken))
        {
            ModelState.AddModelError("Intervention.TypeId", localizer["Choose a type of intervention."]);
        }

        return await ChangeAsync("Intervention.End", referral => (Intervention.StartOn(referral, typeId, Today), localizer["The intervention is recorded."]), cancellationToken);
    }

    public async Task<IActionResult> OnPostEndInterventionAsync([FromServices] IValidator<EndInterventionInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Ending, ModelState, nameof(Ending));
        return await ChangeAsync("Ending.End", referral => (Ending.EndOn(referral, Today), localizer["The intervention's end and outcome are recorded."]), cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync([FromServices] IValidator<ClosureInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Closure, ModelState, nameof(Closure));
        return await ChangeAsync("Closure.On", referral => (Closure.CloseOn(referral, Today), localizer["The referral is closed."]), cancellationToken);
    }

    private async Task<IActionResult> RecordStepAsync(LifecycleStep step, CancellationToken cancellationToken)
    {
        Lifecycle.Step = step;
        await lifecycleValidator.ValidateIntoAsync(Lifecycle, ModelState, nameof(Lifecycle));
        return await ChangeAsync(LifecycleInput.FieldFor(step), referral =>
        {
            var (auditDetail, doneKey) = Lifecycle.RecordOn(referral, Today);
            return (auditDetail, localizer[doneKey]);
        }, cancellationToken, LifecycleInput.ContentFieldFor(step));
    }

    /// <summary>Loads the coach's referral, applies the change through the domain and saves it, or shows the form again with why not.</summary>
    private async Task<IActionResult> ChangeAsync(string formField, Func<Referral, (string Audit, string Done)> change, CancellationToken cancellationToken, string? contentField = null)
    {
        var referral = await db.ReferralToChangeAsync(ReferralId, cancellationToken);
        if (referral is null)
        {
            return await RefuseAsync(cancellationToken);
        }

        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync(cancellationToken);
        }

        db.Entry(referral).Property(r => r.Version).OriginalValue = Version;
        string done;
        try
        {
            (var auditDetail, done) = change(referral);
            audit.Add(AuditAction.ParticipantRecordedByCoach, referral.ApplicantId, "jobbtorg: " + auditDetail);
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, code => ReferralRuleFields.ForCoachForm(code, formField, contentField));
            return await ShowAgainAsync(cancellationToken);
        }

        return await this.SaveFormAsync(
            () => resursPlaces.SaveReferralAsync(db, referral, cancellationToken),
            done,
            () => RedirectToPage(new { referralId = ReferralId }),
            localizer["A colleague changed this participant while you were working. The page now shows what they saved; what you typed is still in the form, so check it and save again."],
            _ => ShowAgainAsync(cancellationToken, takeTheirVersion: true));
    }

    private async Task<IActionResult> ShowAgainAsync(CancellationToken cancellationToken, bool takeTheirVersion = false)
    {
        // Whatever the refused change left in the context must not ride along with the audit row of the read.
        db.ChangeTracker.Clear();
        if (!await LoadAsync(cancellationToken))
        {
            return await RefuseAsync(cancellationToken);
        }

        if (takeTheirVersion)
        {
            ModelState.Remove(nameof(Version));
            Version = Participant.Referral.Version;
        }

        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var participant = await participants.FindAsync(ReferralId, cancellationToken);
        if (participant is null)
        {
            return false;
        }

        Participant = participant;
        InterventionTypes = await db.InterventionTypeOptionsAsync(Intervention.TypeId, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, participant.Referral.ApplicantId, "jobbtorg: participant", cancellationToken);
        return true;
    }

    private async Task<IActionResult> RefuseAsync(CancellationToken cancellationToken)
    {
        await audit.WriteAsync(AuditAction.AccessDenied, null, $"{Request.Method} {Request.Path} (referral not at the coach's Jobbtorg)", cancellationToken);
        return NotFound();
    }
}
