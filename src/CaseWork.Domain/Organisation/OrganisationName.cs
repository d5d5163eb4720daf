using CaseWork.Domain.Common;

namespace CaseWork.Domain.Organisation;

internal static class OrganisationName
{
    public const int MaxLength = 100;

    public static string Require(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxLength)
        {
            throw new DomainException(OrganisationRuleCodes.NameInvalid);
        }

        return name.Trim();
    }
}
