using CaseWork.Domain.FollowUps;

namespace CaseWork.Domain.WorkPlans;

/// <summary>One agreed version of a plan. Written once and never changed: a change is the next version.</summary>
public class WorkPlanVersion
{
    private WorkPlanVersion()
    {
        Content = null!;
        CreatedBy = string.Empty;
        Participants = Participants.None;
    }

    internal WorkPlanVersion(Guid workPlanId, int number, PlanContent content, string createdBy, DateTimeOffset createdAt, string? reason, Guid? causedByFollowUpId, Participants participants)
    {
        WorkPlanId = workPlanId;
        Number = number;
        Content = content;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Reason = reason;
        CausedByFollowUpId = causedByFollowUpId;
        Participants = participants;
    }

    public long Id { get; private set; }

    public Guid WorkPlanId { get; private set; }

    /// <summary>1 for the plan as first activated; each revision adds one.</summary>
    public int Number { get; private set; }

    public PlanContent Content { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Why the plan was revised; null for the first version.</summary>
    public string? Reason { get; private set; }

    /// <summary>The follow-up that led to this revision, when one did.</summary>
    public Guid? CausedByFollowUpId { get; private set; }

    /// <summary>Who took part in the revision; none stated for the first version (its agreement says how it was made).</summary>
    public Participants Participants { get; private set; }
}
