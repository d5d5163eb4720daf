namespace CaseWork.Web.Pages.Applicants;

/// <summary>The corrected decision on one recorded month's aid application: chosen, never preselected.</summary>
public class AidMonthInput
{
    [Display(Name = "Month")]
    public string? Month { get; set; }

    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    /// <summary>Call after validation succeeded.</summary>
    public (DateOnly Month, AidDecision? Decision) ToDecision() => (FormValues.Month(Month)!.Value, FormValues.Choice<AidDecision>(Decision));
}
