namespace CaseWork.Domain.Organisation;

/// <summary>The refusals of the organisation rules, as stable codes that the UI translates.</summary>
public static class OrganisationRuleCodes
{
    public const string NameInvalid = "organisation.name-invalid";
}
