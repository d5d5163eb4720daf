namespace CaseWork.Domain.Organisation;

/// <summary>A group within a unit: mottagning, utredning, bidragsgrupp, arbetsmarknadsgrupp or rehab.</summary>
public class WorkGroup
{
    private WorkGroup()
    {
        Name = string.Empty;
    }

    public WorkGroup(int unitId, string name, GroupKind kind)
    {
        UnitId = unitId;
        Name = OrganisationName.Require(name);
        Kind = kind;
    }

    public int Id { get; private set; }

    public int UnitId { get; private set; }

    public string Name { get; private set; }

    public GroupKind Kind { get; private set; }
}
