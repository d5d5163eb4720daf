namespace CaseWork.Web.Pages.Referrals;

/// <summary>Checks the form's shape; the domain still guards the referral's rules.</summary>
public class ReferralInputValidator : AbstractValidator<ReferralInput>
{
    public ReferralInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock, IValidator<ConsentInput> consent)
    {
        ArgumentNullException.ThrowIfNull(l);
        var tooLong = l["{{PropertyName}} may have at most {0} characters.", Referral.MaxTextLength];
        RuleFor(x => x.Program).Must(p => Enum.TryParse<ReferralProgram>(p, out var v) && Enum.IsDefined(v))
            .WithMessage(l["Choose Jobbtorg or Jobbtorg Resurs."]);
        RuleFor(x => x.JobCentreId).NotNull().WithMessage(l["Choose the Jobbtorg the referral goes to."]);
        RuleFor(x => x.Reason).NotEmpty().WithMessage(l["Write why the applicant is referred."])
            .MaximumLength(Referral.MaxTextLength).WithMessage(tooLong);
        RuleFor(x => x.WorkCapacity).Must((x, _) => x.WorkCapacityPercent is >= 1 and <= 100)
            .WithMessage(l["Enter the work capacity as a whole number of percent, 1 to 100."])
            .Must((x, _) => x.ChosenProgram != ReferralProgram.Jobbtorg || x.WorkCapacityPercent is not { } p || p < 1 || p >= Referral.MinimumWorkCapacityForJobbtorg)
            .WithMessage(l["Jobbtorg takes applicants who can work at least 50 %. For less, consider Jobbtorg Resurs."]);
        RuleFor(x => x.Languages).MaximumLength(500).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 500]);
        RuleFor(x => x.PlanExpectations).MaximumLength(Referral.MaxTextLength).WithMessage(tooLong);
        RuleFor(x => x.SentOn).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."])
            .Must(d => FormValues.Date(d) is not { } on || on <= ReferralDates.Today(clock))
            .WithMessage(l["{PropertyName} cannot be in the future."]);
        RuleFor(x => x.Consent).SetValidator(consent);
    }
}
