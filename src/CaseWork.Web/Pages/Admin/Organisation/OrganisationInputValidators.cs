namespace CaseWork.Web.Pages.Admin.Organisation;

public sealed class DistrictInputValidator : AbstractValidator<DistrictInput>
{
    public DistrictInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.DistrictName).OrganisationName(l).NoMarkup(l);
    }
}

public sealed class UnitInputValidator : AbstractValidator<UnitInput>
{
    public UnitInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.UnitDistrictId).NotNull().WithMessage(l["Choose a district."]);
        RuleFor(x => x.UnitName).OrganisationName(l).NoMarkup(l);
    }
}

public sealed class GroupInputValidator : AbstractValidator<GroupInput>
{
    public GroupInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.GroupUnitId).NotNull().WithMessage(l["Choose a unit."]);
        RuleFor(x => x.GroupName).OrganisationName(l).NoMarkup(l);
    }
}
