namespace CaseWork.Web.Pages.FollowUps;

public class TalkInput
{
    [Display(Name = "Kind of talk")]
    public string? Kind { get; set; } = nameof(FollowUpTalkKind.ThreeParty);

    [Display(Name = "Date of the talk")]
    public string? HeldOn { get; set; }

    [Display(Name = "Applicant took part")]
    public bool ApplicantTookPart { get; set; } = true;

    [Display(Name = "Social worker took part")]
    public bool SocialWorkerTookPart { get; set; } = true;

    [Display(Name = "Coach took part")]
    public bool CoachTookPart { get; set; } = true;

    [Display(Name = "Other participants")]
    public string? OtherParticipants { get; set; }

    [Display(Name = "What came up")]
    [DataType(DataType.MultilineText)]
    public string? WhatCameUp { get; set; }

    [Display(Name = "Assessment")]
    [DataType(DataType.MultilineText)]
    public string? Assessment { get; set; }

    [Display(Name = "The plan is to be revised")]
    public bool PlanToBeRevised { get; set; }

    [Display(Name = "Next follow-up")]
    public string? NextFollowUpOn { get; set; }

    /// <summary>Call after validation succeeded.</summary>
    public FollowUpTalkFacts ToFacts() => new(
        Enum.Parse<FollowUpTalkKind>(Kind!),
        FormValues.Date(HeldOn)!.Value,
        ApplicantTookPart,
        SocialWorkerTookPart,
        CoachTookPart,
        OtherParticipants,
        WhatCameUp ?? string.Empty,
        Assessment,
        PlanToBeRevised,
        FormValues.Date(NextFollowUpOn));
}

/// <summary>The form's shape; the domain decides the dates' order and who must take part.</summary>
public class TalkInputValidator : AbstractValidator<TalkInput>
{
    public TalkInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var date = l["{PropertyName} must be a date as YYYY-MM-DD."];
        RuleFor(x => x.Kind).IsEnumName(typeof(FollowUpTalkKind)).WithMessage(l["Choose the kind of talk."]);
        RuleFor(x => x.HeldOn).Must(d => FormValues.Date(d) is not null).WithMessage(date);
        RuleFor(x => x.NextFollowUpOn).Must(d => FormValues.Date(d) is not null).WithMessage(l["followup.next-follow-up-missing"]);
        RuleFor(x => x.OtherParticipants).NotEmpty().When(x => x.Kind == nameof(FollowUpTalkKind.MultiParty))
            .WithMessage(l["followup.other-participants-missing"])
            .MaximumLength(FollowUpTalk.MaxParticipantsLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", FollowUpTalk.MaxParticipantsLength]);
        RuleFor(x => x.WhatCameUp).NotEmpty().WithMessage(l["followup.what-came-up-missing"])
            .MaximumLength(FollowUpTalk.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", FollowUpTalk.MaxTextLength]);
        RuleFor(x => x.Assessment).MaximumLength(FollowUpTalk.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", FollowUpTalk.MaxTextLength]);
    }
}
