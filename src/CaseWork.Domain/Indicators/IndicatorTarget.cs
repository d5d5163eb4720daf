namespace CaseWork.Domain.Indicators;

/// <summary>The administrator's target for one measure, district and year; no row means no target.</summary>
public class IndicatorTarget
{
    private IndicatorTarget()
    {
    }

    public IndicatorTarget(int districtId, int year, IndicatorMeasure measure, decimal value, int currentYear)
    {
        IndicatorYears.Require(year, currentYear);
        DistrictId = districtId;
        Year = year;
        Measure = measure;
        Change(value);
    }

    public int Id { get; private set; }

    public int DistrictId { get; private set; }

    public int Year { get; private set; }

    public IndicatorMeasure Measure { get; private set; }

    public decimal Value { get; private set; }

    /// <summary>PostgreSQL's xmin: two administrators saving the same year never overwrite each other unseen.</summary>
    public uint Version { get; private set; }

    public void Change(decimal value)
    {
        TargetRules.Require(Measure, value);
        Value = value;
    }
}
