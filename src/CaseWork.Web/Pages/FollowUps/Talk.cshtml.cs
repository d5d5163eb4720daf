using CaseWork.Web.Pages.Phrases;

namespace CaseWork.Web.Pages.FollowUps;

/// <summary>Records a three- or multi-party talk: a signed journal note, and the active plan's next follow-up moves on.</summary>
[Authorize(Policy = Policies.WritePlans)]
public class TalkModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<TalkInput> validator) : ApplicantPageModel
{
    /// <summary>A three-party talk is due at least every third month while the applicant is at Jobbtorg.</summary>
    public const int DefaultMonthsToNextTalk = 3;

    [BindProperty]
    public TalkInput Input { get; set; } = new();

    /// <summary>The phrase picker beside "Bedömning".</summary>
    public PhrasePicker AssessmentPhrases { get; private set; } = new("Input_Assessment", []);

    /// <summary>The phrase chosen in the picker's select, when no script runs.</summary>
    [BindProperty(Name = PhrasePicker.SelectField)]
    public Guid? InsertPhraseId { get; set; }

    private DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Input.HeldOn = FormValues.Format(Today);
        Input.NextFollowUpOn = FormValues.Format(Today.AddMonths(DefaultMonthsToNextTalk));
        await LoadAsync(cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "record a talk", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!await validator.ValidateIntoAsync(Input, ModelState))
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        if (!this.DomainAccepts(() => FollowUpTalk.Record(ApplicantId, db.CurrentUser.UserId!, Input.ToFacts(), now, Today), localizer, FollowUpRuleFields.FieldFor, out var talk))
        {
            return Page();
        }

        var plan = await db.WorkPlans.SingleOrDefaultAsync(p => p.ApplicantId == ApplicantId && p.Status == WorkPlanStatus.Active, cancellationToken);
        db.JournalNotes.Add(FollowUpRecording.RecordTalk(talk, plan, now, Today));
        db.FollowUpTalks.Add(talk);
        audit.Add(AuditAction.FollowUpTalkRecorded, ApplicantId, $"{talk.Kind} {talk.Id}{(plan is null ? string.Empty : $", plan {plan.Id} next follow-up {talk.NextFollowUpOn:yyyy-MM-dd}")}");
        return await this.SaveFormAsync(
            () => db.SaveChangesAsync(cancellationToken),
            () => (plan is null
                ? localizer["The talk has been saved and a signed note written in the journal. The applicant has no active plan whose follow-up could move."]
                : localizer["The talk has been saved and a signed note written in the journal. The plan's next follow-up is now {0}.", talk.NextFollowUpOn.ToString("d", CultureInfo.CurrentCulture)]).Value,
            () => RedirectToPage("TalkDetails", new { applicantId = ApplicantId, talkId = talk.Id }),
            localizer["A colleague changed the plan at the same moment. Nothing was saved and your text is still in the form: save again."],
            this.Redraw());
    }

    /// <summary>Without script: the chosen phrase after the typed assessment; everything else stays as typed, nothing is saved.</summary>
    public async Task<IActionResult> OnPostInsertPhraseAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return await AssessmentPhrases.InsertAsync(this, db, InsertPhraseId, Input.Assessment, text => Input.Assessment = text, cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        var heldOn = FormValues.Date(Input.HeldOn) ?? Today;
        var phraseCase = await PhraseQuery.CaseAsync(db, ApplicantId, new DateOnly(heldOn.Year, heldOn.Month, 1), heldOn, cancellationToken);
        AssessmentPhrases = await PhrasePicker.ForAsync(db, "Input_Assessment", PhraseUse.TalkAssessment, phraseCase, cancellationToken);
    }
}
