namespace CaseWork.Domain.Organisation;

/// <summary>A stadsdel (district) of the city.</summary>
public class District
{
    private District()
    {
        Name = string.Empty;
    }

    public District(string name)
    {
        Name = OrganisationName.Require(name);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public void Rename(string name) => Name = OrganisationName.Require(name);
}
