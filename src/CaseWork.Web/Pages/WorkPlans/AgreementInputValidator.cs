namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The answer's shape; the plan decides whether it may be activated or agreed to.</summary>
public class AgreementInputValidator : AbstractValidator<AgreementInput>
{
    public AgreementInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Date).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."])
            .Must(d => FormValues.Date(d) is not { } date || date <= clock.Today()).WithMessage(l["{PropertyName} cannot be in the future."])
            .NotTooEarly(l);
        RuleFor(x => x.Method).Must(m => Enum.TryParse<AgreementMethod>(m, out var method) && Enum.IsDefined(method))
            .WithMessage(l["Choose how the applicant answered."]);
        RuleFor(x => x.Agrees).Must(a => a is "yes" or "no").WithMessage(l["Say whether the applicant agrees."]);
        RuleFor(x => x.ApplicantView)
            .Must((x, view) => x.Agrees != "no" || !string.IsNullOrWhiteSpace(view))
            .WithMessage(l["Write down the applicant's own view: the law requires a disagreement to be noted."])
            .MaximumLength(WorkPlan.MaxReasonLength * 2).WithMessage(l["{{PropertyName}} may have at most {0} characters.", WorkPlan.MaxReasonLength * 2]);
    }
}
