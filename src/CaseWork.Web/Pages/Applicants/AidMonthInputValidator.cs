namespace CaseWork.Web.Pages.Applicants;

public class AidMonthInputValidator : AbstractValidator<AidMonthInput>
{
    public AidMonthInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Month).Must(m => FormValues.Month(m) is not null).WithMessage(l["{PropertyName} must be a month as YYYY-MM, for example 2026-11."]);
        // Whether a decision is chosen is the domain's rule (Applicant.CorrectAidMonth), checked after the month's.
    }
}
