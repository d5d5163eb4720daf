namespace CaseWork.Web.Pages.Admin.Records;

/// <summary>The number the administrator looks a person up by: a personnummer or samordningsnummer.</summary>
public sealed record RecordSearchInput(string? Number)
{
    /// <summary>The number as the register holds it; after validation.</summary>
    public PersonalIdentityNumber ToNumber(DateOnly today) => PersonalIdentityNumber.Parse(Number!, today);
}
