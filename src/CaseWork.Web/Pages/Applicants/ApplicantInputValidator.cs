namespace CaseWork.Web.Pages.Applicants;

public class ApplicantInputValidator : AbstractValidator<ApplicantInput>
{
    public ApplicantInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(clock);

        RuleFor(x => x.PersonalIdentityNumber).IsPersonalIdentityNumber(l, clock);

        RuleFor(x => x.FirstName).NotEmpty().WithMessage(l["Enter the first name."])
            .MaximumLength(Applicant.MaxNameLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", Applicant.MaxNameLength])
            .NoMarkup(l);
        RuleFor(x => x.LastName).NotEmpty().WithMessage(l["Enter the last name."])
            .MaximumLength(Applicant.MaxNameLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", Applicant.MaxNameLength])
            .NoMarkup(l);
        RuleFor(x => x.Email).MaximumLength(200).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 200])
            .EmailAddress().WithMessage(l["Enter an email address like name@example.se."])
            .NoMarkup(l);
        RuleFor(x => x.Phone).MaximumLength(40).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 40])
            .Matches(@"^[0-9 +\-()]*$").WithMessage(l["A phone number holds digits, spaces and + - ( ) only."]);
        RuleFor(x => x.StreetAddress).MaximumLength(200).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 200])
            .NoMarkup(l);
        RuleFor(x => x.PostalCode).Matches(@"^\s*\d{3}\s?\d{2}\s*$").When(x => !string.IsNullOrWhiteSpace(x.PostalCode))
            .WithMessage(l["A postal code has five digits, like 163 72."]);
        RuleFor(x => x.City).MaximumLength(100).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 100])
            .NoMarkup(l);
        RuleFor(x => x.Household).NotEmpty().WithMessage(l["Choose a household."]).IsEnumName(typeof(HouseholdType)).WithMessage(l["Choose a household."]);
        RuleFor(x => x.Reason).NotEmpty().WithMessage(l["Choose a reason for aid."]).IsEnumName(typeof(AidReason)).WithMessage(l["Choose a reason for aid."]);
        RuleFor(x => x.NumberOfChildren).Must(n => FormValues.Count(n) is <= Applicant.MaxChildren)
            .WithMessage(l["Enter a whole number between 0 and {0}.", Applicant.MaxChildren]);
    }
}
