namespace CaseWork.Web.Pages.Investigations;

/// <summary>Each section's length, beside its field; the investigation decides when it may be signed.</summary>
public class InvestigationInputValidator : AbstractValidator<InvestigationInput>
{
    public InvestigationInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var tooLong = l["{{PropertyName}} may have at most {0} characters.", InvestigationSections.MaxSectionLength].Value;
        foreach (var section in new System.Linq.Expressions.Expression<Func<InvestigationInput, string?>>[]
        {
            x => x.WorkHistory, x => x.Education, x => x.SwedishLanguage, x => x.HealthAndWorkCapacity,
            x => x.Barriers, x => x.Strengths, x => x.ApplicantView, x => x.Assessment,
        })
        {
            RuleFor(section).MaximumLength(InvestigationSections.MaxSectionLength).WithMessage(tooLong);
        }
    }
}
