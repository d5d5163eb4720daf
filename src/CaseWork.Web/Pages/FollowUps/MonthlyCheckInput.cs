using System.ComponentModel.DataAnnotations;

namespace CaseWork.Web.Pages.FollowUps;

public class MonthlyCheckInput
{
    [Display(Name = "Month")]
    public string? Month { get; set; }

    [Display(Name = "Attended Jobbtorg as agreed")]
    public string? Attendance { get; set; }

    [Display(Name = "Days attended")]
    public string? DaysAttended { get; set; }

    [Display(Name = "Job applications sent")]
    public string? JobApplications { get; set; }

    [Display(Name = "Decision for the month")]
    public string? Decision { get; set; }

    [Display(Name = "Decision text")]
    [DataType(DataType.MultilineText)]
    public string? DecisionText { get; set; }

    [Display(Name = "Comment")]
    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    /// <summary>Call after validation succeeded.</summary>
    public MonthlyCheckFacts ToFacts() => new(
        FormValues.Month(Month)!.Value,
        Enum.Parse<Attendance>(Attendance!),
        FormValues.Count(DaysAttended),
        FormValues.Count(JobApplications)!.Value,
        Enum.Parse<AidDecision>(Decision!),
        DecisionText,
        Comment);
}

/// <summary>The form's shape; the domain checks the month and the days against the calendar.</summary>
public class MonthlyCheckInputValidator : AbstractValidator<MonthlyCheckInput>
{
    public MonthlyCheckInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Month).Must(m => FormValues.Month(m) is not null).WithMessage(l["Enter the month as YYYY-MM, for example 2026-11."]);
        RuleFor(x => x.Attendance).Must(a => Enum.GetNames<Attendance>().Contains(a)).WithMessage(l["Say whether the applicant attended Jobbtorg as agreed."]);
        RuleFor(x => x.DaysAttended).Must(d => string.IsNullOrWhiteSpace(d) || FormValues.Count(d) is not null)
            .WithMessage(l["Enter the days as a whole number."]);
        RuleFor(x => x.JobApplications).Must(a => FormValues.Count(a) is not null)
            .WithMessage(l["Enter the number of job applications, 0 if none."]);
        RuleFor(x => x.Decision).Must(d => Enum.GetNames<AidDecision>().Contains(d)).WithMessage(l["Choose the decision for the month."]);
        RuleFor(x => x.DecisionText).NotEmpty().When(x => x.Decision is nameof(AidDecision.Reduced) or nameof(AidDecision.Refused))
            .WithMessage(l["followup.decision-text-missing"])
            .MaximumLength(MonthlyCheck.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", MonthlyCheck.MaxTextLength]);
        RuleFor(x => x.Comment).MaximumLength(MonthlyCheck.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", MonthlyCheck.MaxTextLength]);
    }
}
