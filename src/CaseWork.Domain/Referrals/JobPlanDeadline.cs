using CaseWork.Domain.Calendar;

namespace CaseWork.Domain.Referrals;

/// <summary>
/// Jobbgaranti: a first job plan within five working days of the first visit; a deeper job plan once the
/// participant has been enrolled a month; a joint follow-up with Arbetsförmedlingen at twelve months.
/// </summary>
public static class JobPlanDeadline
{
    public const int WorkingDaysForJobPlan = 5;

    /// <summary>The initial job plan covers the first four weeks.</summary>
    public const int InitialPlanDays = 28;

    public static DateOnly JobPlanDue(DateOnly firstVisit) => SwedishCalendar.AddWorkingDays(firstVisit, WorkingDaysForJobPlan);

    public static DateOnly DeeperPlanDue(DateOnly firstVisit) => firstVisit.AddMonths(1);

    public static DateOnly JointFollowUpDue(DateOnly firstVisit) => firstVisit.AddMonths(12);

    /// <summary>Late when made after the deadline, or not made and the deadline has passed.</summary>
    public static bool IsJobPlanLate(DateOnly firstVisit, DateOnly? jobPlanOn, DateOnly today)
    {
        var due = JobPlanDue(firstVisit);
        return jobPlanOn is { } made ? made > due : today > due;
    }
}
