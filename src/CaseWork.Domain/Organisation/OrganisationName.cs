using CaseWork.Domain.Common;

namespace CaseWork.Domain.Organisation;

internal static class OrganisationName
{
    public const int MaxLength = 100;

    public static string Require(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > MaxLength)
        {
            throw new DomainException("An organisation name is required and at most 100 characters.");
        }

        return name.Trim();
    }
}
