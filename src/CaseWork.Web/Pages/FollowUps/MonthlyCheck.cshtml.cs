using CaseWork.Infrastructure.FollowUps;
using CaseWork.Infrastructure.Persistence.Configurations;
using CaseWork.Web.Pages.Phrases;

namespace CaseWork.Web.Pages.FollowUps;

/// <summary>
/// The monthly check with the aid application: records the follow-up, the month's aid decision and a signed journal
/// note in one save, after a warning when attendance is sanctioned without Jobbtorg's report.
/// </summary>
[Authorize(Policy = Policies.WritePlans)]
public class MonthlyCheckModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    IValidator<MonthlyCheckInput> validator, IAttendanceReports attendanceReports, Due.DueListQuery dueList) : ApplicantPageModel
{
    public const int RecentShown = 6;

    [BindProperty]
    public MonthlyCheckInput Input { get; set; } = new();

    /// <summary>The month to check when it is not the current one (from the due list: a check missed last month).</summary>
    [BindProperty(SupportsGet = true, Name = "month")]
    public string? RequestedMonth { get; set; }

    /// <summary>The due list the check was opened from, if it was: saving returns to it, and "Spara och nästa" opens its next monthly check.</summary>
    [BindProperty(SupportsGet = true)]
    public Due.DueListOrigin DueList { get; set; } = new();

    public bool OpenedFromDueList => DueList.Opened;

    /// <summary>Where the check was opened from (the case page, the follow-ups), to return there; only a local URL is followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The <see cref="ReturnUrl"/> when it is local, else null: never an open redirect.</summary>
    public string? LocalReturnUrl => Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : null;

    /// <summary>The due list at the filter and page the check was opened from.</summary>
    public string? DueListUrl => Url.Page("/Due/Index", DueList.ListValues());

    /// <summary>Where "Avbryt" goes: the due list, the page the check was opened from, or the applicant's follow-ups.</summary>
    public string? CancelUrl => OpenedFromDueList ? DueListUrl : LocalReturnUrl ?? Url.Page("Index", new { applicantId = ApplicantId });

    /// <summary>Set by the "save anyway" button, after the warning about a missing attendance report.</summary>
    [BindProperty]
    public bool SaveWithoutReport { get; set; }

    public bool ShowMissingReportWarning { get; private set; }

    /// <summary>Where "Spara ändå" posts: as the submit that brought the warning, the round's next check or the plain save.</summary>
    public string? SaveAnywayUrl { get; private set; }

    public DateOnly? PrefilledFrom { get; private set; }

    /// <summary>The month whose reduction's motivation is suggested in "Beslutsmotivering" (a repeated reduction).</summary>
    public DateOnly? MotivationSuggestedFrom { get; private set; }

    /// <summary>The program of the applicant's open referral, shown beside the form as what the month is checked against.</summary>
    public ReferralProgram? Program { get; private set; }

    public List<CheckRow> Recent { get; private set; } = [];

    /// <summary>The phrase picker beside "Beslutsmotivering".</summary>
    public PhrasePicker DecisionPhrases { get; private set; } = new("Input_DecisionText", []);

    /// <summary>The phrase chosen in the picker's select, when no script runs.</summary>
    [BindProperty(Name = PhrasePicker.SelectField)]
    public Guid? InsertPhraseId { get; set; }

    private DateOnly Today => clock.Today();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var thisMonth = new DateOnly(Today.Year, Today.Month, 1);
        var month = FormValues.Month(RequestedMonth) is { } requested && requested <= thisMonth ? requested : thisMonth;
        Input.Month = FormValues.FormatMonth(month);
        if (Recent.FirstOrDefault(c => c.Month < month) is { } last)
        {
            PrefilledFrom = last.Month;
            MotivationSuggestedFrom = Input.StartFrom(last);
        }

        await audit.WriteAsync(AuditAction.ApplicantViewed, ApplicantId, "monthly check", cancellationToken);
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => SaveAsync(toNext: false, cancellationToken);

    /// <summary>"Spara och nästa": the monthly round from the due list, as the case review's "next case".</summary>
    public Task<IActionResult> OnPostNextAsync(CancellationToken cancellationToken) => SaveAsync(toNext: true, cancellationToken);

    /// <summary>Where "Spara och nästa" posts: this check, with the due list's filter (so "Spara ändå" after a warning posts there too).</summary>
    public string? SaveUrl => Url.Page("MonthlyCheck", null, DueList.CheckValues(ApplicantId, RequestedMonth));

    public string? SaveAndNextUrl => Url.Page("MonthlyCheck", "Next", DueList.CheckValues(ApplicantId, RequestedMonth));

    private async Task<IActionResult> SaveAsync(bool toNext, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        SaveAnywayUrl = OpenedFromDueList ? (toNext ? SaveAndNextUrl : SaveUrl) : null;

        // One pass: the form's shape, every rule of the domain and the warning come back together.
        await validator.ValidateIntoAsync(Input, ModelState);
        var facts = Input.ToFacts();
        this.AddBreaches(MonthlyCheck.BreachesOf(facts, Today), localizer, FollowUpRuleFields.FieldFor);
        if (facts.Month is { } month)
        {
            var first = new DateOnly(month.Year, month.Month, 1);
            if (await db.MonthlyChecks.AnyAsync(c => c.ApplicantId == ApplicantId && c.Month == first, cancellationToken))
            {
                AddAlreadyChecked();
            }

            ShowMissingReportWarning = facts.IsSanctionForAttendance && !SaveWithoutReport
                && !await attendanceReports.HasReportAsync(ApplicantId, first, cancellationToken);
        }

        if (!ModelState.IsValid || ShowMissingReportWarning)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        if (!this.DomainAccepts(() => MonthlyCheck.Record(ApplicantId, db.CurrentUser.UserId!, facts, now, Today), localizer, FollowUpRuleFields.FieldFor, out var check))
        {
            return Page();
        }

        var applicant = await db.Applicants.Include(a => a.AidMonths).SingleAsync(a => a.Id == ApplicantId, cancellationToken);
        db.JournalNotes.Add(FollowUpRecording.RecordMonthlyCheck(check, applicant, now, Today));
        db.MonthlyChecks.Add(check);
        audit.Add(AuditAction.MonthlyCheckRecorded, ApplicantId, $"{Input.Month}: {check.Attendance}, {check.Decision}{(SaveWithoutReport ? " (saved without attendance report)" : string.Empty)}");
        audit.Add(AuditAction.AidMonthRecorded, ApplicantId, $"{Input.Month}: {check.Decision}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation(MonthlyCheckConfiguration.OneCheckPerMonthIndex) || ex.IsUniqueViolation(AidMonthConfiguration.OneDecisionPerMonthIndex))
        {
            db.ChangeTracker.Clear();
            AddAlreadyChecked();
            return Page();
        }

        var monthName = check.Month.ToString("MMMM yyyy", System.Globalization.CultureInfo.CurrentCulture);
        var saved = localizer["The monthly check for {0} has been saved, the month's decision recorded and a signed note written in the journal.", monthName];
        if (!OpenedFromDueList)
        {
            return this.WithStatusMessage(saved, LocalReturnUrl is { } back ? LocalRedirect(back) : RedirectToPage("Index", new { applicantId = ApplicantId }));
        }

        if (toNext)
        {
            var position = new DueListCursor(FollowUpSchedule.MonthlyCheckDueOn(check.Month), ApplicantId, DueKind.MonthlyCheck);
            if (await dueList.NextMonthlyCheckAfterAsync(DueList.Filter.WorkerIdFor(db.CurrentUser.UserId), Today, position, cancellationToken) is { Month: { } nextMonth } next)
            {
                return this.WithStatusMessage(saved, RedirectToPage("MonthlyCheck", DueList.CheckValues(next.ApplicantId, FormValues.FormatMonth(nextMonth))));
            }

            saved = localizer["The monthly check for {0} has been saved. No more monthly checks are due on the list: the monthly round is done.", monthName];
        }

        return this.WithStatusMessage(saved, RedirectToPage("/Due/Index", DueList.ListValues()));
    }

    /// <summary>Without script: the chosen phrase after the typed motivation; everything else stays as typed, nothing is saved.</summary>
    public async Task<IActionResult> OnPostInsertPhraseAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return await DecisionPhrases.InsertAsync(this, db, InsertPhraseId, Input.DecisionText, text => Input.DecisionText = text, cancellationToken);
    }

    /// <summary>One check per month, recorded once: a mistake is corrected in the journal, not by a second check.</summary>
    private void AddAlreadyChecked() =>
        ModelState.AddOnce("Input.Month", localizer["This month has already been followed up. Correct it with a correction of its journal note."]);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await LoadApplicantNameAsync(db, cancellationToken);
        Recent = await db.RecentChecksAsync(ApplicantId, RecentShown, cancellationToken);
        Program = await db.OpenReferralProgramAsync(ApplicantId, cancellationToken);
        var month = FormValues.Month(Input.Month ?? RequestedMonth) ?? new DateOnly(Today.Year, Today.Month, 1);
        DecisionPhrases = await PhrasePicker.ForAsync(
            db, "Input_DecisionText", PhraseUse.DecisionMotivation, await PhraseQuery.CaseAsync(db, ApplicantId, month, Today, cancellationToken), cancellationToken);
    }
}
