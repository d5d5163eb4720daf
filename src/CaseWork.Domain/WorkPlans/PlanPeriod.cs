namespace CaseWork.Domain.WorkPlans;

/// <summary>The period a plan is valid for, as its newest content (the draft, or the current version) says: what names the plan.</summary>
public sealed record PlanPeriod(DateOnly From, DateOnly To)
{
    public static PlanPeriod? Of(PlanContent? content) => content is null ? null : new(content.ValidFrom, content.ValidTo);
}
