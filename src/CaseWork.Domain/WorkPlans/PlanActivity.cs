namespace CaseWork.Domain.WorkPlans;

/// <summary>Something to be done towards a subgoal: what, by whom, and when.</summary>
public sealed record PlanActivity(Guid Id, string What, ActivityOwner Who, string? WhoElse, DateOnly? When);
