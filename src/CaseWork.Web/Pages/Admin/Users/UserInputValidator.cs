namespace CaseWork.Web.Pages.Admin.Users;

public class UserInputValidator : AbstractValidator<UserInput>
{
    public UserInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.UserName).NotEmpty().WithMessage(l["Enter a user name."])
            .MaximumLength(64).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 64])
            .Matches(@"^[a-zA-Z0-9._\-@]+$").WithMessage(l["A user name may hold letters, digits and . - _ @ only."]);
        RuleFor(x => x.DisplayName).NotEmpty().WithMessage(l["Enter the person's name."])
            .MaximumLength(AppUser.MaxDisplayNameLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", AppUser.MaxDisplayNameLength])
            .NoMarkup(l);
        RuleFor(x => x.Role).Must(r => r is not null && Roles.All.Contains(r)).WithMessage(l["Choose a role."]);
        RuleFor(x => x.UnitId).Must(v => FormValues.Whole(v) is not null).When(x => x.Role is not null && Roles.BelongsToUnit(x.Role))
            .WithMessage(l["Choose the unit the person works in."]);
        RuleFor(x => x.DistrictId).Must(v => FormValues.Whole(v) is not null).When(x => x.Role == Roles.Manager)
            .WithMessage(l["Choose the district the manager leads."]);
        RuleFor(x => x.DistrictId).Must(v => FormValues.Whole(v) is not null).When(x => x.Role == Roles.LogChecker)
            .WithMessage(l["Choose the district whose access log the person checks."]);
        RuleFor(x => x.JobCentreId).Must(v => FormValues.Whole(v) is not null).When(x => x.Role == Roles.JobbtorgCoach)
            .WithMessage(l["Choose the Jobbtorg the coach works at."]);
    }
}
