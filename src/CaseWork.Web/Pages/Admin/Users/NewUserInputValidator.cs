namespace CaseWork.Web.Pages.Admin.Users;

/// <summary>The user's fields as on every user form, and an initial password; Identity's password policy judges the rest.</summary>
public class NewUserInputValidator : AbstractValidator<NewUserInput>
{
    public NewUserInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        Include(new UserInputValidator(l));
        RuleFor(x => x.Password).NotEmpty().WithMessage(l["Enter an initial password."]);
    }
}
