using CaseWork.Domain.Organisation;

namespace CaseWork.Domain.Referrals;

/// <summary>An entry in the catalogue of Jobbtorg interventions the administrator keeps.</summary>
public class InterventionType
{
    private InterventionType()
    {
        Name = string.Empty;
    }

    public InterventionType(string name, InterventionCategory category)
    {
        Name = OrganisationName.Require(name);
        Category = category;
        IsActive = true;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public InterventionCategory Category { get; private set; }

    /// <summary>Retired entries stay for the history but cannot be chosen for new interventions.</summary>
    public bool IsActive { get; private set; }

    public void Change(string name, InterventionCategory category, bool isActive)
    {
        Name = OrganisationName.Require(name);
        Category = category;
        IsActive = isActive;
    }
}
