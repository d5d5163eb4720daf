namespace CaseWork.Domain.Indicators;

/// <summary>The adult population of a district in a year: the denominator of indicator 1.</summary>
public class DistrictPopulation
{
    private DistrictPopulation()
    {
    }

    public DistrictPopulation(int districtId, int year, int adults, int currentYear)
    {
        IndicatorYears.Require(year, currentYear);
        DistrictId = districtId;
        Year = year;
        Change(adults);
    }

    public int Id { get; private set; }

    public int DistrictId { get; private set; }

    public int Year { get; private set; }

    public int Adults { get; private set; }

    /// <summary>PostgreSQL's xmin, as on <see cref="IndicatorTarget"/>.</summary>
    public uint Version { get; private set; }

    public void Change(int adults)
    {
        PopulationRules.Require(adults);
        Adults = adults;
    }
}
