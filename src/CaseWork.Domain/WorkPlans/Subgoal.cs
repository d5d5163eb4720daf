namespace CaseWork.Domain.WorkPlans;

/// <summary>A delmål: a step towards the goal with a measurable criterion and a target date. The id follows it across versions.</summary>
public sealed record Subgoal(
    Guid Id,
    string What,
    string? Criterion,
    DateOnly? TargetDate,
    SubgoalStatus Status,
    IReadOnlyList<PlanActivity> Activities)
{
    public bool Equals(Subgoal? other) =>
        other is not null && Id == other.Id && What == other.What && Criterion == other.Criterion
        && TargetDate == other.TargetDate && Status == other.Status && Activities.SequenceEqual(other.Activities);

    public override int GetHashCode() => HashCode.Combine(Id, What, Criterion, TargetDate, Status, Activities.Count);
}
