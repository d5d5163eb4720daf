namespace CaseWork.Web.Pages.Applicants;

public class AidMonthInputValidator : AbstractValidator<AidMonthInput>
{
    public AidMonthInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Month).Must(m => FormValues.Month(m) is not null).WithMessage(l["Enter the month as YYYY-MM, for example 2026-11."]);
        RuleFor(x => x.Decision).Must(d => Enum.TryParse<AidDecision>(d, out var decision) && Enum.IsDefined(decision))
            .WithMessage(l["Choose the decision for the month."]);
    }
}
