namespace CaseWork.Web.Pages.Admin.Records;

public sealed class RecordSearchInputValidator : AbstractValidator<RecordSearchInput>
{
    public RecordSearchInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(x => x.Number).IsPersonalIdentityNumber(l, clock);
    }
}
