using CaseWork.Web.Pages.WorkPlans;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>Closing the referral from the district's side.</summary>
public sealed class CloseInput
{
    [Display(Name = "Closing date")]
    public string? On { get; set; }

    public string? Reason { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    public ReferralClosureReason? ChosenReason =>
        Enum.TryParse<ReferralClosureReason>(Reason, out var r) && Enum.IsDefined(r) ? r : null;

    public bool NeedsNote => ChosenReason is ReferralClosureReason.SentBack or ReferralClosureReason.Other;
}

public class CloseInputValidator : AbstractValidator<CloseInput>
{
    public CloseInputValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.On).Must(FormValues.IsDate).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."])
            .Must(d => FormValues.Date(d) is not { } on || on <= ReferralDates.Today(clock))
            .WithMessage(l["{PropertyName} cannot be in the future."])
            .NotTooEarly(l);
        RuleFor(x => x.Reason).Must((x, _) => x.ChosenReason is not null).WithMessage(l["Choose why the referral is closed."]);
        RuleFor(x => x.Note).NotEmpty().When(x => x.NeedsNote).WithMessage(l["Write why: required when the referral is sent back or closed for another reason."])
            .MaximumLength(Referral.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", Referral.MaxTextLength]);
    }
}
