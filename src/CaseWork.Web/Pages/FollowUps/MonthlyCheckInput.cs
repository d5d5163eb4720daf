namespace CaseWork.Web.Pages.FollowUps;

/// <summary>The monthly check as typed; its properties in the form's order (the error summary and the record extract follow it).</summary>
public class MonthlyCheckInput
{
    [Display(Name = "Month")]
    public string? Month { get; set; }

    [Display(Name = "Days attended")]
    public string? DaysAttended { get; set; }

    [Display(Name = "Job applications sent")]
    public string? JobApplications { get; set; }

    [Display(Name = "Attended Jobbtorg as agreed")]
    public string? Attendance { get; set; }

    [Display(Name = "Decision for the month")]
    public string? Decision { get; set; }

    [Display(Name = "Decision text")]
    [DataType(DataType.MultilineText)]
    public string? DecisionText { get; set; }

    [Display(Name = "Comment")]
    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    /// <summary>What the form says, a fact not validly given as null: the domain's rules (<see cref="MonthlyCheck.BreachesOf"/>) say what is missing.</summary>
    /// <summary>
    /// Starts this month's form from last month's check with only what is stable: the attendance as agreed and, for a
    /// repeated reduction, last month's days and motivation as a suggestion. Never the applications or the decision: the
    /// worker chooses them every month. The answer is the month whose motivation is suggested, if one is.
    /// </summary>
    public DateOnly? StartFrom(CheckRow last)
    {
        ArgumentNullException.ThrowIfNull(last);
        Attendance = last.Attendance.ToString();
        if (last.Decision != AidDecision.Reduced)
        {
            return null;
        }

        DaysAttended = last.DaysAttended?.ToString(CultureInfo.InvariantCulture);
        DecisionText = last.DecisionText;
        return last.DecisionText is null ? null : last.Month;
    }

    public MonthlyCheckFacts ToFacts() => new(
        FormValues.Month(Month),
        FormValues.Choice<Attendance>(Attendance),
        FormValues.Count(DaysAttended),
        FormValues.Count(JobApplications),
        FormValues.Choice<AidDecision>(Decision),
        DecisionText,
        Comment);
}

/// <summary>
/// The form's shape only: text that is not a month or a number. What is required, and when, is the domain's
/// (<see cref="MonthlyCheck.BreachesOf"/>), checked in the same pass.
/// </summary>
public class MonthlyCheckInputValidator : AbstractValidator<MonthlyCheckInput>
{
    public MonthlyCheckInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Month).Must(m => string.IsNullOrWhiteSpace(m) || FormValues.Month(m) is not null).WithMessage(l["{PropertyName} must be a month as YYYY-MM, for example 2026-11."]);
        RuleFor(x => x.DaysAttended).Must(d => string.IsNullOrWhiteSpace(d) || FormValues.Count(d) is not null)
            .WithMessage(l["Enter the days as a whole number."]);
        RuleFor(x => x.JobApplications).Must(a => string.IsNullOrWhiteSpace(a) || FormValues.Count(a) is not null)
            .WithMessage(l["Enter the number of job applications, 0 if none."]);
        RuleFor(x => x.DecisionText).MaximumLength(MonthlyCheck.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", MonthlyCheck.MaxTextLength]);
        RuleFor(x => x.Comment).MaximumLength(MonthlyCheck.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", MonthlyCheck.MaxTextLength]);
    }
}
