using System.ComponentModel.DataAnnotations;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>The decision on one month's aid application.</summary>
public class AidMonthInput
{
    [Display(Name = "Month")]
    public string? Month { get; set; }

    [Display(Name = "Decision")]
    public string? Decision { get; set; } = nameof(AidDecision.Granted);

    /// <summary>Call after validation succeeded.</summary>
    public (DateOnly Month, AidDecision Decision) ToDecision() => (FormValues.Month(Month)!.Value, Enum.Parse<AidDecision>(Decision!));
}
