namespace CaseWork.Domain.Indicators;

/// <summary>
/// A figure managers follow against a yearly target. The number in each name's comment is the indicator it belongs to
/// (docs/indicators.md defines each one exactly).
/// </summary>
public enum IndicatorMeasure
{
    /// <summary>1: adults with long-term aid, percent of the district's adult population.</summary>
    LongTermShareOfAdultPopulation = 1,

    /// <summary>2: long-term adults, percent of adults who received aid.</summary>
    LongTermShareOfAdultRecipients = 2,

    /// <summary>3: Jobbtorg participants closed to work or studies within 12 months of enrolment, percent.</summary>
    JobbtorgWorkOrStudiesWithin12Months = 3,

    /// <summary>4: average enrolment time in days, long-term recipients who got work or studies via Jobbtorg.</summary>
    EnrolmentDaysToWorkOrStudies = 4,

    /// <summary>5: households on aid, average per month.</summary>
    HouseholdsOnAid = 5,

    /// <summary>5: adults on aid, average per month.</summary>
    AdultsOnAid = 6,

    /// <summary>6: households on aid with a current, individual plan with subgoals, percent.</summary>
    CurrentIndividualPlanShare = 7,

    /// <summary>6: monthly checks recorded on time, percent.</summary>
    FollowUpsOnTimeShare = 8,

    /// <summary>6: first job plans within five working days of the first visit, percent.</summary>
    JobPlansWithinFiveDaysShare = 9,
}

public enum MeasureUnit
{
    Percent,
    Days,
    Count,
}

/// <summary>Whether a figure meets its target when it is at least, or at most, the target.</summary>
public enum TargetDirection
{
    HigherIsBetter,
    LowerIsBetter,
}
