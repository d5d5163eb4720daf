namespace CaseWork.Domain.Indicators;

/// <summary>How a period's figure stands against the year's target, as the committee reports put it.</summary>
public enum TargetAssessment
{
    /// <summary>No target set, or no figure for the period.</summary>
    NotAssessed,

    /// <summary>Uppfyllt: at least (or at most) the target.</summary>
    Met,

    /// <summary>Delvis uppfyllt: missed by no more than <see cref="TargetAssessments.PartlyMetShare"/> of the target.</summary>
    PartlyMet,

    /// <summary>Ej uppfyllt.</summary>
    NotMet,
}

public static class TargetAssessments
{
    /// <summary>A miss of at most a tenth of the target counts as partly met (65,9 % against a target of 60 % where lower is better).</summary>
    public const decimal PartlyMetShare = 0.10m;

    public static TargetAssessment Assess(this IndicatorMeasure measure, decimal? actual, decimal? target)
    {
        if (measure.MeetsTarget(actual, target) is not { } meets)
        {
            return TargetAssessment.NotAssessed;
        }

        if (meets)
        {
            return TargetAssessment.Met;
        }

        var miss = Math.Abs(actual!.Value - target!.Value);
        return miss <= Math.Abs(target.Value) * PartlyMetShare ? TargetAssessment.PartlyMet : TargetAssessment.NotMet;
    }
}
