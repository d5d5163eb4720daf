namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>
/// Checks the form's shape, and the plan's period rules early, beside each field, through the domain's own
/// predicates and texts (<see cref="PlanContent.IsPeriodInOrder"/>); the domain still guards the plan's state.
/// </summary>
public class PlanInputValidator : AbstractValidator<PlanInput>
{
    public PlanInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(clock);
        var texts = new PlanTexts(l, clock.Today());

        // A plausible period keeps the subgoals and the follow-up, which must fall inside it, plausible too.
        RuleFor(x => x.ValidFrom).Must(FormValues.IsDate).WithMessage(texts.Date).Plausible(texts);
        RuleFor(x => x.ValidTo).Must(FormValues.IsDate).WithMessage(texts.Date).Plausible(texts)
            .Must((x, to) => FormValues.Date(x.ValidFrom) is not { } from || FormValues.Date(to) is not { } end || PlanContent.IsPeriodInOrder(from, end))
            .WithMessage(l[PlanRuleCodes.PeriodOutOfOrder]);
        RuleFor(x => x.NextFollowUp).Must(FormValues.IsEmptyOrDate).WithMessage(texts.Date)
            .Must((x, d) => PlanDates.Inside(x, d)).WithMessage(l[PlanRuleCodes.FollowUpOutsidePlan]);
        RuleFor(x => x.Goal).MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
        RuleFor(x => x.Requirements).MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
        RuleFor(x => x.Support).MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
        RuleFor(x => x.Reason).MaximumLength(WorkPlan.MaxReasonLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", WorkPlan.MaxReasonLength]);
        RuleFor(x => x.Participants.Others).MaximumLength(Participants.MaxOthersLength)
            .WithMessage(l["{{PropertyName}} may have at most {0} characters.", Participants.MaxOthersLength]);
        RuleForEach(x => x.Subgoals).SetValidator((plan, _) => new SubgoalInputValidator(plan, texts));
    }

    private sealed class SubgoalInputValidator : AbstractValidator<SubgoalInput>
    {
        public SubgoalInputValidator(PlanInput plan, PlanTexts texts)
        {
            RuleFor(s => s.What).NotEmpty().When(s => !s.IsBlank).WithMessage(texts.L["Describe the subgoal."])
                .MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
            RuleFor(s => s.Criterion).MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
            RuleFor(s => s.TargetDate).Must(FormValues.IsEmptyOrDate).WithMessage(texts.Date)
                .Must(d => PlanDates.Inside(plan, d)).WithMessage(texts.L[PlanRuleCodes.SubgoalOutsidePlan]);
            RuleFor(s => s.Status).IsEnumName(typeof(SubgoalStatus)).WithMessage(texts.L["Choose a status."]);
            RuleForEach(s => s.Activities).ChildRules(activity =>
            {
                activity.RuleFor(a => a.What).NotEmpty().When(a => !a.IsBlank).WithMessage(texts.L["Describe the activity."])
                    .MaximumLength(PlanContent.MaxTextLength).WithMessage(texts.TooLong);
                activity.RuleFor(a => a.Who).IsEnumName(typeof(ActivityOwner)).WithMessage(texts.L["Choose who does it."]);
                activity.RuleFor(a => a.WhoElse).NotEmpty().When(a => a.Who == nameof(ActivityOwner.Other) && !a.IsBlank)
                    .WithMessage(texts.L["Name who does it."]).MaximumLength(200).WithMessage(texts.L["{{PropertyName}} may have at most {0} characters.", 200]);
                activity.RuleFor(a => a.When).Must(FormValues.IsEmptyOrDate).WithMessage(texts.Date).Plausible(texts);
            });
        }
    }

    private sealed class PlanTexts(IStringLocalizer<SharedResource> l, DateOnly today) : IPlausibleDateTexts
    {
        public IStringLocalizer<SharedResource> L { get; } = l;

        public DateOnly Today { get; } = today;

        public string Date { get; } = l["{PropertyName} must be a date as YYYY-MM-DD."];

        public string TooLong { get; } = l["{{PropertyName}} may have at most {0} characters.", PlanContent.MaxTextLength];
    }
}

/// <summary>What <see cref="PlanDates.Plausible{T}"/> needs: the messages and today's date.</summary>
internal interface IPlausibleDateTexts
{
    IStringLocalizer<SharedResource> L { get; }

    DateOnly Today { get; }
}

internal static class PlanDates
{
    /// <summary>
    /// A typed date (when it reads as one) within <see cref="PlausibleDates"/>: not before the earliest records, not
    /// more than two years ahead; the message by the field says which.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> Plausible<T>(this IRuleBuilderOptions<T, string?> rule, IPlausibleDateTexts texts) => rule
        .Must(d => FormValues.Date(d) is not { } date || !PlausibleDates.IsTooEarly(date)).WithMessage(texts.L["{PropertyName} is too far back: check the year (the earliest is 2000-01-01)."])
        .Must(d => FormValues.Date(d) is not { } date || !PlausibleDates.IsTooFarAhead(date, texts.Today)).WithMessage(texts.L["{PropertyName} is too far ahead: check the year (at most two years from today)."]);

    /// <summary>The rule for a date that records what happened: not before CaseWork's earliest records.</summary>
    public static IRuleBuilderOptions<T, string?> NotTooEarly<T>(this IRuleBuilderOptions<T, string?> rule, IStringLocalizer<SharedResource> l) => rule
        .Must(d => FormValues.Date(d) is not { } date || !PlausibleDates.IsTooEarly(date)).WithMessage(l["{PropertyName} is too far back: check the year (the earliest is 2000-01-01)."]);

    /// <summary>True when the date is empty, unreadable (reported elsewhere) or inside the plan's period.</summary>
    public static bool Inside(PlanInput plan, string? date) =>
        FormValues.Date(date) is not { } d
        || FormValues.Date(plan.ValidFrom) is not { } from
        || FormValues.Date(plan.ValidTo) is not { } to
        || PlanContent.IsWithinPeriod(d, from, to);
}
