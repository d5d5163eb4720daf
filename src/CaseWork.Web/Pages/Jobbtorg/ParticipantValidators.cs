namespace CaseWork.Web.Pages.Jobbtorg;

public sealed class LifecycleInputValidator : AbstractValidator<LifecycleInput>
{
    public LifecycleInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var date = l["{PropertyName} must be a date as YYYY-MM-DD."].Value;
        RuleFor(x => x.ReceivedOn).Must(FormValues.IsDate).When(x => x.Step == LifecycleStep.Received).WithMessage(date);
        RuleFor(x => x.FirstVisitOn).Must(FormValues.IsDate).When(x => x.Step == LifecycleStep.FirstVisit).WithMessage(date);
        RuleFor(x => x.JobPlanOn).Must(FormValues.IsDate).When(x => x.Step == LifecycleStep.JobPlan).WithMessage(date);
        RuleFor(x => x.DeeperJobPlanOn).Must(FormValues.IsDate).When(x => x.Step == LifecycleStep.DeeperJobPlan).WithMessage(date);
        RuleFor(x => x.JointFollowUpOn).Must(FormValues.IsDate).When(x => x.Step == LifecycleStep.JointFollowUp).WithMessage(date);
        RuleFor(x => x.JobPlanContent).MaximumLength(Referral.MaxTextLength).When(x => x.Step == LifecycleStep.JobPlan)
            .WithMessage(l["{{PropertyName}} may have at most {0} characters.", Referral.MaxTextLength]);
        RuleFor(x => x.DeeperJobPlanContent).MaximumLength(Referral.MaxTextLength).When(x => x.Step == LifecycleStep.DeeperJobPlan)
            .WithMessage(l["{{PropertyName}} may have at most {0} characters.", Referral.MaxTextLength]);
    }
}

public sealed class AttendanceInputValidator : AbstractValidator<AttendanceInput>
{
    public AttendanceInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Month).Must(m => FormValues.Month(m) is not null).WithMessage(l["{PropertyName} must be a month as YYYY-MM."]);
        RuleFor(x => x.DaysExpected).Must(d => FormValues.Days(d) is not null).WithMessage(l["Enter a whole number of days, 0 to 31."]);
        RuleFor(x => x.DaysAttended).Must(d => FormValues.Days(d) is not null).WithMessage(l["Enter a whole number of days, 0 to 31."])
            .Must((x, attended) => FormValues.Days(x.DaysExpected) is not { } expected || FormValues.Days(attended) is not { } days || days <= expected)
            .WithMessage(l["The days attended cannot be more than the days expected."]);
    }
}

public sealed class InterventionInputValidator : AbstractValidator<InterventionInput>
{
    public InterventionInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.TypeId).Must(t => FormValues.Whole(t) is not null).WithMessage(l["Choose a type of intervention."]);
        RuleFor(x => x.Start).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
        RuleFor(x => x.End).Must(FormValues.IsEmptyOrDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
    }
}

public sealed class EndInterventionInputValidator : AbstractValidator<EndInterventionInput>
{
    public EndInterventionInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.InterventionId).Must(id => Guid.TryParse(id, out _)).WithMessage(l["Choose an intervention."]);
        RuleFor(x => x.End).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
        RuleFor(x => x.Outcome).NotEmpty().WithMessage(l["Choose an outcome."]).IsEnumName(typeof(InterventionOutcome)).WithMessage(l["Choose an outcome."]);
        RuleFor(x => x.Note).MaximumLength(1000).WithMessage(l["{{PropertyName}} may have at most {0} characters.", 1000]);
    }
}

public sealed class ClosureInputValidator : AbstractValidator<ClosureInput>
{
    public ClosureInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.On).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
        RuleFor(x => x.Reason).NotEmpty().WithMessage(l["Choose why the referral is closed."]).IsEnumName(typeof(ReferralClosureReason)).WithMessage(l["Choose why the referral is closed."]);
        RuleFor(x => x.Note).MaximumLength(Referral.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", Referral.MaxTextLength]);
    }
}
