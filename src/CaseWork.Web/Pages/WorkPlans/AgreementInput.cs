namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The applicant's answer to the plan: when, how, and whether they agree.</summary>
public class AgreementInput
{
    [Display(Name = "Date")]
    public string? Date { get; set; }

    [Display(Name = "How")]
    public string? Method { get; set; } = nameof(AgreementMethod.InMeeting);

    [Display(Name = "Does the applicant agree with the plan?")]
    public string? Agrees { get; set; }

    [Display(Name = "The applicant's own view")]
    [DataType(DataType.MultilineText)]
    public string? ApplicantView { get; set; }

    /// <summary>Call after validation succeeded.</summary>
    public PlanAgreementInput ToAgreement() =>
        new(FormValues.Date(Date)!.Value, Enum.Parse<AgreementMethod>(Method!), Agrees == "yes", ApplicantView);
}
