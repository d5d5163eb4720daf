namespace CaseWork.Web.Pages.Referrals;

/// <summary>The referral form as typed; numbers and dates stay text so that nothing typed is lost on an error.</summary>
public sealed class ReferralInput
{
    [Display(Name = "Program")]
    public string? Program { get; set; }

    [Display(Name = "Jobbtorg")]
    public int? JobCentreId { get; set; }

    [DataType(DataType.MultilineText)]
    [Display(Name = "Reason for the referral")]
    public string? Reason { get; set; }

    [Display(Name = "Work capacity (% of full time)")]
    public string? WorkCapacity { get; set; }

    [Display(Name = "Languages")]
    public string? Languages { get; set; }

    [DataType(DataType.MultilineText)]
    [Display(Name = "What the work plan wants from Jobbtorg")]
    public string? PlanExpectations { get; set; }

    [Display(Name = "Consent to share information with Jobbtorg")]
    public ConsentInput Consent { get; set; } = new();

    [Display(Name = "Sent")]
    public string? SentOn { get; set; }

    public ReferralProgram? ChosenProgram => Enum.TryParse<ReferralProgram>(Program, out var p) && Enum.IsDefined(p) ? p : null;

    public int? WorkCapacityPercent =>
        FormValues.Whole(WorkCapacity?.Trim().TrimEnd('%'));

    public static ReferralInput New(DateOnly today, string? planGoal) => new()
    {
        SentOn = FormValues.Format(today),
        PlanExpectations = planGoal,
        Consent = new ConsentInput { RecordedOn = FormValues.Format(today) },
    };

    public ReferralRequest ToRequest(Guid applicantId, int districtId) => new(
        applicantId,
        districtId,
        JobCentreId!.Value,
        ChosenProgram!.Value,
        Reason ?? string.Empty,
        WorkCapacityPercent!.Value,
        Languages,
        PlanExpectations,
        Consent.ToConsent(),
        FormValues.Date(SentOn)!.Value);
}
