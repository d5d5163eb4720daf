namespace CaseWork.Web.Pages.Admin;

/// <summary>
/// The shape of a name in the city's organisation and the Jobbtorg catalogue: given, and at most as long as the
/// domain's organisation names (surrounding spaces are trimmed before they count).
/// </summary>
public static class OrganisationNameRules
{
    public const int MaxLength = 100;

    public static IRuleBuilderOptions<T, string?> OrganisationName<T>(this IRuleBuilderInitial<T, string?> rule, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(l["Enter a name."])
            .Must(name => name!.Trim().Length <= MaxLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", MaxLength]);
    }
}
