namespace CaseWork.Domain.Organisation;

/// <summary>An enhet för ekonomiskt bistånd within a district.</summary>
public class Unit
{
    private Unit()
    {
        Name = string.Empty;
    }

    public Unit(int districtId, string name)
    {
        DistrictId = districtId;
        Name = OrganisationName.Require(name);
    }

    public int Id { get; private set; }

    public int DistrictId { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = OrganisationName.Require(name);
}
