using System.ComponentModel.DataAnnotations;

namespace CaseWork.Web.Pages.Referrals;

/// <summary>The consent part of the referral form, and the form that changes it later.</summary>
public sealed class ConsentInput
{
    public const string GivenValue = "given";
    public const string RefusedValue = "refused";

    /// <summary>"given" or "refused"; nothing chosen until the social worker has asked.</summary>
    [Display(Name = "Consent given")]
    public string? Answer { get; set; }

    [Display(Name = "Date of the consent")]
    public string? RecordedOn { get; set; }

    public bool WorkPlan { get; set; }

    public bool Journal { get; set; }

    public bool Investigation { get; set; }

    public bool IsGiven => Answer == GivenValue;

    [Display(Name = "The consent covers")]
    public ConsentScope Scope =>
        (WorkPlan ? ConsentScope.WorkPlan : ConsentScope.None)
        | (Journal ? ConsentScope.Journal : ConsentScope.None)
        | (Investigation ? ConsentScope.Investigation : ConsentScope.None);

    public ReferralConsent ToConsent()
    {
        var on = FormValues.Date(RecordedOn)!.Value;
        return IsGiven ? new ReferralConsent(true, on, Scope) : ReferralConsent.Refused(on);
    }

    public static ConsentInput From(ReferralConsent consent)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return new ConsentInput
        {
            Answer = consent.Given ? GivenValue : RefusedValue,
            RecordedOn = FormValues.Format(consent.RecordedOn),
            WorkPlan = consent.Scope.HasFlag(ConsentScope.WorkPlan),
            Journal = consent.Scope.HasFlag(ConsentScope.Journal),
            Investigation = consent.Scope.HasFlag(ConsentScope.Investigation),
        };
    }
}
