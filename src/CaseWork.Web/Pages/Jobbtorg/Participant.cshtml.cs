using CaseWork.Domain.Referrals;
using CaseWork.Infrastructure.Referrals;
using CaseWork.Web.Pages.Referrals;
using CaseWork.Web.Pages.WorkPlans;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>
/// One participant as the coach sees them: the referral, name and contact, what consent opens, and the small forms
/// that record the enrolment. Every form has its own handler; each one refuses a referral of another Jobbtorg.
/// </summary>
[Authorize(Policy = Policies.Coach)]
public class ParticipantModel(
    CaseWorkDbContext db,
    CoachParticipantQuery participants,
    ResursPlaceService resursPlaces,
    AuditLog audit,
    TimeProvider clock,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
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
        return Page();
    }

    public Task<IActionResult> OnPostReceivedAsync([FromServices] IValidator<LifecycleInput> validator, CancellationToken cancellationToken) =>
        RecordStepAsync(LifecycleStep.Received, validator, cancellationToken);

    public Task<IActionResult> OnPostFirstVisitAsync([FromServices] IValidator<LifecycleInput> validator, CancellationToken cancellationToken) =>
        RecordStepAsync(LifecycleStep.FirstVisit, validator, cancellationToken);

    public Task<IActionResult> OnPostJobPlanAsync([FromServices] IValidator<LifecycleInput> validator, CancellationToken cancellationToken) =>
        RecordStepAsync(LifecycleStep.JobPlan, validator, cancellationToken);

    public Task<IActionResult> OnPostDeeperJobPlanAsync([FromServices] IValidator<LifecycleInput> validator, CancellationToken cancellationToken) =>
        RecordStepAsync(LifecycleStep.DeeperJobPlan, validator, cancellationToken);

    public Task<IActionResult> OnPostJointFollowUpAsync([FromServices] IValidator<LifecycleInput> validator, CancellationToken cancellationToken) =>
        RecordStepAsync(LifecycleStep.JointFollowUp, validator, cancellationToken);

    public async Task<IActionResult> OnPostAttendanceAsync([FromServices] IValidator<AttendanceInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Attendance, ModelState, nameof(Attendance));
        return await ChangeAsync("Attendance.Month", referral =>
        {
            var month = FormValues.Month(Attendance.Month)!.Value;
            referral.ReportAttendance(month, FormValues.Days(Attendance.DaysAttended)!.Value, FormValues.Days(Attendance.DaysExpected)!.Value,
                db.CurrentUser.UserId ?? db.CurrentUser.UserName, clock.GetUtcNow(), Today);
            return ($"attendance {month:yyyy-MM}", localizer["The attendance for {0} is recorded.", month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)]);
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostStartInterventionAsync([FromServices] IValidator<InterventionInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Intervention, ModelState, nameof(Intervention));
        var typeId = int.TryParse(Intervention.TypeId, CultureInfo.InvariantCulture, out var id) ? id : 0;
        if (ModelState.IsValid && !await db.InterventionTypes.AnyAsync(t => t.Id == typeId && t.IsActive, cancellationToken))
        {
            ModelState.AddModelError("Intervention.TypeId", localizer["Choose a type of intervention."]);
        }

        return await ChangeAsync("Intervention.End", referral =>
        {
            referral.StartIntervention(typeId, PlanInput.ParseDate(Intervention.Start)!.Value, PlanInput.ParseDate(Intervention.End), Today);
            return ($"intervention {typeId} started", localizer["The intervention is recorded."]);
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostEndInterventionAsync([FromServices] IValidator<EndInterventionInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Ending, ModelState, nameof(Ending));
        return await ChangeAsync("Ending.End", referral =>
        {
            var interventionId = Guid.Parse(Ending.InterventionId!);
            referral.EndIntervention(interventionId, PlanInput.ParseDate(Ending.End)!.Value, Enum.Parse<InterventionOutcome>(Ending.Outcome!), Ending.Note, Today);
            return ($"intervention {interventionId} ended", localizer["The intervention's end and outcome are recorded."]);
        }, cancellationToken);
    }

    public async Task<IActionResult> OnPostCloseAsync([FromServices] IValidator<ClosureInput> validator, CancellationToken cancellationToken)
    {
        await validator.ValidateIntoAsync(Closure, ModelState, nameof(Closure));
        return await ChangeAsync("Closure.On", referral =>
        {
            var reason = Enum.Parse<ReferralClosureReason>(Closure.Reason!);
            referral.Close(PlanInput.ParseDate(Closure.On)!.Value, reason, Closure.Note, Today);
            return ($"closed: {reason}", localizer["The referral is closed."]);
        }, cancellationToken);
    }

    private async Task<IActionResult> RecordStepAsync(LifecycleStep step, IValidator<LifecycleInput> validator, CancellationToken cancellationToken)
    {
        Lifecycle.Step = step;
        await validator.ValidateIntoAsync(Lifecycle, ModelState, nameof(Lifecycle));
        return await ChangeAsync(LifecycleInput.FieldFor(step), referral =>
        {
            var on = PlanInput.ParseDate(Lifecycle.DateFor(step))!.Value;
            switch (step)
            {
                case LifecycleStep.Received: referral.Receive(on, Today); break;
                case LifecycleStep.FirstVisit: referral.RecordFirstVisit(on, Today); break;
                case LifecycleStep.JobPlan: referral.RecordJobPlan(on, Today); break;
                case LifecycleStep.DeeperJobPlan: referral.RecordDeeperJobPlan(on, Today); break;
                default: referral.RecordJointFollowUp(on, Today); break;
            }

            return ($"{step} {PlanInput.Format(on)}", step switch
            {
                LifecycleStep.Received => localizer["The referral is received."],
                LifecycleStep.FirstVisit => localizer["The first visit is recorded."],
                LifecycleStep.JobPlan => localizer["The job plan is recorded."],
                LifecycleStep.DeeperJobPlan => localizer["The deeper job plan is recorded."],
                _ => localizer["The joint follow-up with Arbetsförmedlingen is recorded."],
            });
        }, cancellationToken);
    }

    /// <summary>Loads the coach's referral, applies the change through the domain and saves it, or shows the form again with why not.</summary>
    private async Task<IActionResult> ChangeAsync(string formField, Func<Referral, (string Audit, string Done)> change, CancellationToken cancellationToken)
    {
        var jobCentreId = db.CurrentUser.Scope.JobCentreId;
        var referral = await db.Referrals
            .Include(r => r.Attendance)
            .Include(r => r.Interventions)
            .SingleOrDefaultAsync(r => r.Id == ReferralId && jobCentreId != null && r.JobCentreId == jobCentreId, cancellationToken);
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
            var (auditDetail, message) = change(referral);
            audit.Add(AuditAction.ParticipantRecordedByCoach, referral.ApplicantId, "jobbtorg: " + auditDetail);
            done = message;
        }
        catch (DomainException ex)
        {
            ModelState.AddModelError(ReferralRuleFields.ForCoachForm(ex.Message, formField), localizer[ex.Message]);
            return await ShowAgainAsync(cancellationToken);
        }

        try
        {
            // A closed Resurs referral frees its district's place, which goes to the next in the queue under the district lock.
            if (referral is { IsClosed: true, Program: ReferralProgram.Resurs })
            {
                await resursPlaces.SaveAndServeQueueAsync(referral.DistrictId, cancellationToken);
            }
            else
            {
                await db.SaveChangesAsync(cancellationToken);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, localizer["A colleague changed this participant while you were working. The page now shows what they saved; what you typed is still in the form, so check it and save again."]);
            return await ShowAgainAsync(cancellationToken, takeTheirVersion: true);
        }

        TempData["StatusMessage"] = done;
        return RedirectToPage(new { referralId = ReferralId });
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
        InterventionTypes = await db.InterventionTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture), t.Id.ToString(CultureInfo.InvariantCulture) == Intervention.TypeId))
            .ToListAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, participant.Referral.ApplicantId, "jobbtorg: participant", cancellationToken);
        return true;
    }

    private async Task<IActionResult> RefuseAsync(CancellationToken cancellationToken)
    {
        await audit.WriteAsync(AuditAction.AccessDenied, null, $"{Request.Method} {Request.Path} (referral not at the coach's Jobbtorg)", cancellationToken);
        return NotFound();
    }
}
