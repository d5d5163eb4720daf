namespace CaseWork.Web.Pages.Journal;

/// <summary>The objection's shape; the domain checks its text and its date against the note.</summary>
public class ObjectionInputValidator : AbstractValidator<ObjectionInput>
{
    public ObjectionInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.ObjectionReceivedOn).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
    }
}
