namespace CaseWork.Domain.Applicants;

/// <summary>What a social worker records about an applicant beside the identity number and placement.</summary>
public sealed record ApplicantDetails(
    string FirstName,
    string LastName,
    string? Email,
    string? Phone,
    string? StreetAddress,
    string? PostalCode,
    string? City,
    HouseholdType Household,
    int NumberOfChildren,
    AidReason Reason,
    bool HasProtectedIdentity);
