namespace CaseWork.Web.Pages.Admin.Jobbtorg;

public sealed class JobCentreInputValidator : AbstractValidator<JobCentreInput>
{
    public JobCentreInputValidator(IStringLocalizer<SharedResource> l)
    {
        RuleFor(x => x.Name).OrganisationName(l);
    }
}

public sealed class PlacesInputValidator : AbstractValidator<PlacesInput>
{
    public PlacesInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Places).Cascade(CascadeMode.Stop)
            .Must(p => FormValues.Whole(p) is not null).WithMessage(l["Enter the number of places as a whole number, for example 18."])
            .Must(p => FormValues.Whole(p) >= 0).WithMessage(l["The number of places cannot be negative."]);
    }
}

public sealed class CatalogueEntryInputValidator : AbstractValidator<CatalogueEntryInput>
{
    public CatalogueEntryInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Category).Must(c => c is { } category && Enum.IsDefined(category)).WithMessage(l["Choose a category."]);
        RuleFor(x => x.Name).OrganisationName(l);
    }
}
