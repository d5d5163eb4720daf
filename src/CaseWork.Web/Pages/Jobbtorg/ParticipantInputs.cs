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
    [Display(Name = "Received on")]
    public string? ReceivedOn { get; set; }

    [Display(Name = "First visit on")]
    public string? FirstVisitOn { get; set; }

    [Display(Name = "Job plan made on")]
    public string? JobPlanOn { get; set; }

    [Display(Name = "What the job plan says")]
    [DataType(DataType.MultilineText)]
    public string? JobPlanContent { get; set; }

    [Display(Name = "Deeper job plan made on")]
    public string? DeeperJobPlanOn { get; set; }

    [Display(Name = "What the deeper job plan says")]
    [DataType(DataType.MultilineText)]
    public string? DeeperJobPlanContent { get; set; }

    [Display(Name = "Joint follow-up with Arbetsförmedlingen on")]
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

    /// <summary>Records the step's date on the referral (call after validation succeeded): the audit's words and the status message's key.</summary>
    public (string Audit, string DoneKey) RecordOn(Referral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var on = FormValues.Date(DateFor(Step))!.Value;
        switch (Step)
        {
            case LifecycleStep.Received: referral.Receive(on, today); break;
            case LifecycleStep.FirstVisit: referral.RecordFirstVisit(on, today); break;
            case LifecycleStep.JobPlan: referral.RecordJobPlan(on, JobPlanContent, today); break;
            case LifecycleStep.DeeperJobPlan: referral.RecordDeeperJobPlan(on, DeeperJobPlanContent, today); break;
            default: referral.RecordJointFollowUp(on, today); break;
        }

        return ($"{Step} {FormValues.Format(on)}", Step switch
        {
            LifecycleStep.Received => "The referral is received.",
            LifecycleStep.FirstVisit => "The first visit is recorded.",
            LifecycleStep.JobPlan => "The job plan is recorded.",
            LifecycleStep.DeeperJobPlan => "The deeper job plan is recorded.",
            _ => "The joint follow-up with Arbetsförmedlingen is recorded.",
        });
    }

    public static string FieldFor(LifecycleStep step) => "Lifecycle." + step switch
    {
        LifecycleStep.Received => nameof(ReceivedOn),
        LifecycleStep.FirstVisit => nameof(FirstVisitOn),
        LifecycleStep.JobPlan => nameof(JobPlanOn),
        LifecycleStep.DeeperJobPlan => nameof(DeeperJobPlanOn),
        _ => nameof(JointFollowUpOn),
    };

    /// <summary>The field of what a job plan says, for the two steps that record a plan; null for the others.</summary>
    public static string? ContentFieldFor(LifecycleStep step) => step switch
    {
        LifecycleStep.JobPlan => "Lifecycle." + nameof(JobPlanContent),
        LifecycleStep.DeeperJobPlan => "Lifecycle." + nameof(DeeperJobPlanContent),
        _ => null,
    };
}

public sealed class AttendanceInput
{
    /// <summary>YYYY-MM.</summary>
    [Display(Name = "Month")]
    public string? Month { get; set; }

    public string? DaysExpected { get; set; }

    public string? DaysAttended { get; set; }

    /// <summary>Reports the month's attendance (call after validation succeeded); the answer is the month.</summary>
    public DateOnly ReportOn(Referral referral, string reportedById, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var month = FormValues.Month(Month)!.Value;
        referral.ReportAttendance(month, FormValues.Days(DaysAttended)!.Value, FormValues.Days(DaysExpected)!.Value, reportedById, now, today);
        return month;
    }
}

public sealed class InterventionInput
{
    public string? TypeId { get; set; }

    [Display(Name = "Start")]
    public string? Start { get; set; }

    [Display(Name = "End (if known)")]
    public string? End { get; set; }

    /// <summary>Starts the intervention (call after validation succeeded); the answer is the audit's words.</summary>
    public string StartOn(Referral referral, int typeId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        referral.StartIntervention(typeId, FormValues.Date(Start)!.Value, FormValues.Date(End), today);
        return $"intervention {typeId} started";
    }
}

public sealed class EndInterventionInput
{
    public string? InterventionId { get; set; }

    [Display(Name = "End")]
    public string? End { get; set; }

    public string? Outcome { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    /// <summary>Ends the intervention (call after validation succeeded); the answer is the audit's words.</summary>
    public string EndOn(Referral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var interventionId = Guid.Parse(InterventionId!);
        referral.EndIntervention(interventionId, FormValues.Date(End)!.Value, Enum.Parse<InterventionOutcome>(Outcome!), Note, today);
        return $"intervention {interventionId} ended";
    }
}

public sealed class ClosureInput
{
    [Display(Name = "Closed on")]
    public string? On { get; set; }

    public string? Reason { get; set; }

    [DataType(DataType.MultilineText)]
    public string? Note { get; set; }

    /// <summary>Closes the referral (call after validation succeeded); the answer is the audit's words.</summary>
    public string CloseOn(Referral referral, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var reason = Enum.Parse<ReferralClosureReason>(Reason!);
        referral.Close(FormValues.Date(On)!.Value, reason, Note, today);
        return $"closed: {reason}";
    }
}
