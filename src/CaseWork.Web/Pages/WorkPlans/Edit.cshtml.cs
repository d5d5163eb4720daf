namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>Writes a draft plan, or revises an active one into a new version with a reason.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class EditModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<PlanInput> validator, PlanQualityRules quality) : ApplicantPageModel
{
    [FromRoute]
    public Guid? PlanId { get; set; }

    /// <summary>The talk that led to this revision, when one did.</summary>
    [FromRoute]
    public Guid? TalkId { get; set; }

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public bool IsRevision { get; private set; }

    /// <summary>The talk this revision follows, shown with who took part; the reason starts from it.</summary>
    public FollowUpTalkFacts? CausingTalk { get; private set; }

    /// <summary>The field of the row just added, which takes the focus when the form comes back (no JavaScript needed).</summary>
    public string? NewRowField { get; private set; }

    public IReadOnlyList<PlanQualitySignal> Signals { get; private set; } = [];

    public IReadOnlyList<string> GenericPhrases => quality.GenericPhrases;

    public int MinimumGoalLength => quality.Options.MinimumGoalLength;

    public int MinimumIndividualPart => quality.Options.MinimumIndividualPart;

    private DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var plan = await db.FindForEditAsync(ApplicantId, PlanId, cancellationToken);
        if (PlanId is not null && plan is null)
        {
            return NotFound();
        }

        if (plan is { Status: WorkPlanStatus.Closed })
        {
            return RedirectToPage("Details", new { applicantId = ApplicantId, planId = plan.Id });
        }

        PlanId = plan?.Id;
        IsRevision = plan?.Status == WorkPlanStatus.Active;
        Input = plan is null ? PlanInput.NewPlan(Today, quality.Options.DefaultPlanMonths) : PlanInput.From(plan);

        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "work plan editor", cancellationToken);
        await PrepareAsync(cancellationToken);
        Input.StartRevisionAfter(CausingTalk);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var plan = PlanId is { } id ? await db.FindAsync(ApplicantId, id, cancellationToken) : null;
        if (PlanId is not null && plan is null)
        {
            return NotFound();
        }

        IsRevision = plan?.Status == WorkPlanStatus.Active;
        await validator.ValidateIntoAsync(Input, ModelState);
        if (plan is null && await db.HasPlanInProgressAsync(ApplicantId, cancellationToken))
        {
            // E.g. a second tab, or a colleague's plan saved meanwhile (the catch below): one plan is worked on at a time.
            ModelState.AddModelError(string.Empty, localizer["The applicant already has a plan in progress: open it from the case page. Your text is still in this form."]);
        }

        if (!ModelState.IsValid)
        {
            await PrepareAsync(cancellationToken);
            return Page();
        }

        var now = clock.GetUtcNow();
        var content = Input.ToContent();
        var cause = IsRevision && TalkId is { } talkId ? await db.RevisionCauseAsync(talkId, cancellationToken) : null;
        string message = localizer["The draft plan has been saved."];
        try
        {
            if (plan is null)
            {
                db.WorkPlans.Add(plan = WorkPlan.StartDraft(ApplicantId, content, now));
            }
            else if (plan.Status == WorkPlanStatus.Draft)
            {
                db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
                plan.UpdateDraft(content, now);
            }
            else
            {
                db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
                var version = plan.Revise(content, Input.Reason ?? string.Empty, db.CurrentUser.UserName, now, cause, Input.Participants.ToParticipants());
                message = localizer["Version {0} of the plan has been saved.", version.Number];
            }
        }
        catch (DomainException ex)
        {
            this.AddRefusal(ex, localizer, PlanRuleFields.FieldFor);
            await PrepareAsync(cancellationToken);
            return Page();
        }

        audit.Add(AuditAction.WorkPlanSaved, ApplicantId, IsRevision ? $"plan {plan.Id} revised" : $"plan {plan.Id} draft");
        try
        {
            return await this.SaveFormAsync(
                () => db.SaveChangesAsync(cancellationToken),
                message,
                () =>
                {
                    TempData["PlanSaved"] = plan.Id.ToString();
                    return RedirectToPage("Details", new { applicantId = ApplicantId, planId = plan.Id });
                },
                localizer["A colleague saved this plan while you were writing. Your text is still in the form: open the plan in a new tab to see their version, then save again."],
                async _ =>
                {
                    ModelState.Remove("Input.Version");
                    Input.Version = await db.PlanVersionAsync(plan.Id, cancellationToken);
                    await PrepareAsync(cancellationToken);
                    return Page();
                });
        }
        catch (DbUpdateException ex) when (ex.IsSecondPlanInProgress())
        {
            ModelState.AddModelError(string.Empty, localizer["The applicant already has a plan in progress: open it from the case page. Your text is still in this form."]);
            await PrepareAsync(cancellationToken);
            return Page();
        }
    }

    public Task<IActionResult> OnPostAddSubgoalAsync(CancellationToken cancellationToken) =>
        RedrawAsync(() =>
        {
            Input.AddSubgoal();
            NewRowField = $"Input_Subgoals_{Input.Subgoals.Count - 1}__What";
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveSubgoalAsync(int index, CancellationToken cancellationToken) =>
        RedrawAsync(() => Input.RemoveSubgoal(index), cancellationToken);

    public Task<IActionResult> OnPostAddActivityAsync(int subgoal, CancellationToken cancellationToken) =>
        RedrawAsync(() =>
        {
            Input.AddActivity(subgoal);
            if (subgoal >= 0 && subgoal < Input.Subgoals.Count)
            {
                NewRowField = $"Input_Subgoals_{subgoal}__Activities_{Input.Subgoals[subgoal].Activities.Count - 1}__What";
            }
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveActivityAsync(int subgoal, int activity, CancellationToken cancellationToken) =>
        RedrawAsync(() => Input.RemoveActivity(subgoal, activity), cancellationToken);

    /// <summary>Adds or removes a row without saving: the form comes back with everything typed so far.</summary>
    private async Task<IActionResult> RedrawAsync(Action change, CancellationToken cancellationToken)
    {
        // The plan as GET found it, so that the redrawn form posts to that plan and a revision keeps its reason field.
        var plan = await db.FindForEditAsync(ApplicantId, PlanId, cancellationToken);
        if (PlanId is not null && plan is null)
        {
            return NotFound();
        }

        PlanId = plan?.Id;
        IsRevision = plan?.Status == WorkPlanStatus.Active;
        // A refused text stays in its field with its message; the row is added or removed once it is corrected.
        if (!TypedTextModelBinder.RefusedAny(HttpContext))
        {
            ModelState.Clear();
            change();
        }

        await PrepareAsync(cancellationToken);
        return Page();
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        CausingTalk = IsRevision && TalkId is { } talkId ? await db.RevisionTalkAsync(ApplicantId, talkId, cancellationToken) : null;
        var hasInvestigation = await db.HasSignedInvestigationAsync(ApplicantId, cancellationToken);
        var situation = new PlanSituation(Today, ReceivingAid: false, hasInvestigation);
        // When the form does not convert into a plan (say, a half-typed date), the goal alone can still be judged.
        Signals = (await validator.ValidateAsync(Input, cancellationToken)).IsValid
            ? quality.Evaluate(Input.ToContent(), situation)
            : quality.IsGenericGoal(Input.Goal) ? [PlanQualitySignal.GenericGoal] : [];
    }
}
