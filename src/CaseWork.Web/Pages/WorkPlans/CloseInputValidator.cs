namespace CaseWork.Web.Pages.WorkPlans;

public class CloseInputValidator : AbstractValidator<CloseInput>
{
    public CloseInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Reason).Must(r => Enum.TryParse<PlanClosureReason>(r, out var reason) && Enum.IsDefined(reason))
            .WithMessage(l["Choose why the plan is closed."]);
        RuleFor(x => x.Note).MaximumLength(WorkPlan.MaxReasonLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", WorkPlan.MaxReasonLength]);
    }
}
