namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// What the applicant form posts. Everything is a string or a bool so that nothing typed is lost to model binding.
/// The properties are declared in the form's order, which the error summary follows (Validation/ErrorSummaryOrder.cs).
/// </summary>
public class ApplicantInput
{
    [Display(Name = "Personal identity number")]
    public string? PersonalIdentityNumber { get; set; }

    [Display(Name = "First name")]
    public string? FirstName { get; set; }

    [Display(Name = "Last name")]
    public string? LastName { get; set; }

    [Display(Name = "Street address")]
    public string? StreetAddress { get; set; }

    [Display(Name = "Postal code")]
    public string? PostalCode { get; set; }

    [Display(Name = "City")]
    public string? City { get; set; }

    [Display(Name = "Phone")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    public string? Email { get; set; }

    [Display(Name = "Protected identity")]
    public bool HasProtectedIdentity { get; set; }

    [Display(Name = "Household")]
    public string? Household { get; set; } = nameof(HouseholdType.SingleAdult);

    [Display(Name = "Number of children")]
    public string? NumberOfChildren { get; set; } = "0";

    [Display(Name = "Reason for aid")]
    public string? Reason { get; set; } = nameof(AidReason.Unemployment);

    [Display(Name = "Assigned social worker")]
    public string? AssignedWorkerId { get; set; }

    /// <summary>The version the user started editing from (PostgreSQL xmin).</summary>
    public uint Version { get; set; }

    public static ApplicantInput From(Applicant applicant)
    {
        ArgumentNullException.ThrowIfNull(applicant);
        return new ApplicantInput
        {
            PersonalIdentityNumber = Domain.People.PersonalIdentityNumber.FromStored(applicant.PersonalIdentityNumber).ToString(),
            FirstName = applicant.FirstName,
            LastName = applicant.LastName,
            Email = applicant.Email,
            Phone = applicant.Phone,
            StreetAddress = applicant.StreetAddress,
            PostalCode = applicant.PostalCode,
            City = applicant.City,
            Household = applicant.Household.ToString(),
            NumberOfChildren = applicant.NumberOfChildren.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Reason = applicant.Reason.ToString(),
            HasProtectedIdentity = applicant.HasProtectedIdentity,
            AssignedWorkerId = applicant.AssignedWorkerId,
            Version = applicant.Version,
        };
    }

    /// <summary>Call after validation succeeded.</summary>
    public ApplicantDetails ToDetails() => new(
        FirstName!,
        LastName!,
        Email,
        Phone,
        StreetAddress,
        PostalCode,
        City,
        Enum.Parse<HouseholdType>(Household!),
        FormValues.Count(NumberOfChildren)!.Value,
        Enum.Parse<AidReason>(Reason!),
        HasProtectedIdentity);
}
