using System.ComponentModel.DataAnnotations;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>The dated steps of the enrolment, each recorded by its own small form.</summary>
public enum LifecycleStep
{
    Received,
    FirstVisit,
    JobPlan,
    DeeperJobPlan,
    JointFollowUp,
}

/// <summary>One date per step; only the step being posted is read. Dates stay text so that nothing typed is lost.</summary>
public sealed class LifecycleInput
{
    public string? ReceivedOn { get; set; }

    public string? FirstVisitOn { get; set; }

    public string? JobPlanOn { get; set; }

    public string? DeeperJobPlanOn { get; set; }

    public string? JointFollowUpOn { get; set; }

    /// <summary>Set by the handler, never bound from the form.</summary>
    internal LifecycleStep Step { get; set; }

    public string? DateFor(LifecycleStep step) => step switch
    {
        LifecycleStep.Received => ReceivedOn,
        LifecycleStep.FirstVisit => FirstVisitOn,
        LifecycleStep.JobPlan => JobPlanOn,
        LifecycleStep.DeeperJobPlan => DeeperJobPlanOn,
        _ => JointFollowUpOn,
    };

    public static string FieldFor(LifecycleStep step) => "Lifecycle." + step switch
    {
        LifecycleStep.Received => nameof(ReceivedOn),
        LifecycleStep.FirstVisit => nameof(FirstVisitOn),
        LifecycleStep.JobPlan => nameof(JobPlanOn),
        LifecycleStep.DeeperJobPlan => nameof(DeeperJobPlanOn),
        _ => nameof(JointFollowUpOn),
    };
}

public sealed class AttendanceInput
{
    /// <summary>YYYY-MM.</summary>
    public string? Month { get; set; }

    public string? DaysExpected { get; set; }

    public string? DaysAttended { get; set; }
}

public sealed class InterventionInput
{
    public string? TypeId { get; set; }

    public string? Start { get; set; }

    public string? End { get; set; }
}

public sealed class EndInterventionInput
{
    public string? InterventionId { get; set; }

    public string? End { get; set; }

    public string? Outcome { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }
}

public sealed class ClosureInput
{
    public string? On { get; set; }

    public string? Reason { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }
}
