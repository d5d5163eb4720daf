using CaseWork.Web.Pages.WorkPlans;

namespace CaseWork.Web.Pages.Referrals;

public class ConsentInputValidator : AbstractValidator<ConsentInput>
{
    public ConsentInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(clock);
        RuleFor(x => x.Answer).Must(a => a is ConsentInput.GivenValue or ConsentInput.RefusedValue)
            .WithMessage(l["Say whether the applicant consents to sharing information with Jobbtorg."]);
        RuleFor(x => x.RecordedOn).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."])
            .Must(d => FormValues.Date(d) is not { } on || on <= ReferralDates.Today(clock))
            .WithMessage(l["{PropertyName} cannot be in the future."])
            .NotTooEarly(l);
        RuleFor(x => x.WorkPlan).Must((x, _) => x.Scope != Domain.Referrals.ConsentScope.None).When(x => x.IsGiven)
            .WithMessage(l["Choose what the consent covers."]);
        RuleFor(x => x.WorkPlan).Must((x, _) => x.Scope == Domain.Referrals.ConsentScope.None).When(x => x.Answer == ConsentInput.RefusedValue)
            .WithMessage(l["Without consent nothing is shared: clear the boxes, or choose that consent is given."]);
    }
}
