using CaseWork.Domain.Organisation;

namespace CaseWork.Domain.Referrals;

/// <summary>A Jobbtorg office (e.g. Jobbtorg Kista). Coaches work at one and see its participants only.</summary>
public class JobCentre
{
    private JobCentre()
    {
        Name = string.Empty;
    }

    public JobCentre(string name)
    {
        Name = OrganisationName.Require(name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = OrganisationName.Require(name);
}
