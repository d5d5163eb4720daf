using CaseWork.Domain.Common;

namespace CaseWork.Domain.WorkPlans;

/// <summary>
/// What a work plan says: its period, next follow-up, the individual goal, subgoals with activities, the requirements
/// on the applicant (motprestation) and the support the unit gives (insatser). Immutable: a change is a new value.
/// </summary>
public sealed record PlanContent(
    DateOnly ValidFrom,
    DateOnly ValidTo,
    DateOnly? NextFollowUp,
    string Goal,
    IReadOnlyList<Subgoal> Subgoals,
    IReadOnlyList<string> Requirements,
    IReadOnlyList<string> Support)
{
    public const int MaxTextLength = 2000;

    /// <summary>A plan ends after it starts (<see cref="PlanRuleCodes.PeriodOutOfOrder"/>).</summary>
    public static bool IsPeriodInOrder(DateOnly from, DateOnly to) => to > from;

    /// <summary>
    /// The follow-up and a subgoal's target date fall within the plan's period, both ends included
    /// (<see cref="PlanRuleCodes.FollowUpOutsidePlan"/>, <see cref="PlanRuleCodes.SubgoalOutsidePlan"/>).
    /// </summary>
    public static bool IsWithinPeriod(DateOnly date, DateOnly from, DateOnly to) => date >= from && date <= to;

    /// <summary>Refuses content no plan may hold; the messages are stable codes the UI translates.</summary>
    public void EnsureConsistent()
    {
        if (!IsPeriodInOrder(ValidFrom, ValidTo))
        {
            throw new DomainException(PlanRuleCodes.PeriodOutOfOrder);
        }

        if (NextFollowUp is { } followUp && !IsWithinPeriod(followUp, ValidFrom, ValidTo))
        {
            throw new DomainException(PlanRuleCodes.FollowUpOutsidePlan);
        }

        if ((Goal?.Length ?? 0) > MaxTextLength || Requirements.Concat(Support).Any(t => t.Length > MaxTextLength))
        {
            throw new DomainException(PlanRuleCodes.TextTooLong);
        }

        if (Subgoals.Select(s => s.Id).Distinct().Count() != Subgoals.Count)
        {
            throw new DomainException(PlanRuleCodes.DuplicateSubgoal);
        }

        foreach (var subgoal in Subgoals)
        {
            if (string.IsNullOrWhiteSpace(subgoal.What))
            {
                throw new DomainException(PlanRuleCodes.SubgoalWithoutText);
            }

            if (subgoal.TargetDate is { } target && !IsWithinPeriod(target, ValidFrom, ValidTo))
            {
                throw new DomainException(PlanRuleCodes.SubgoalOutsidePlan);
            }

            if (subgoal.Activities.Any(a => string.IsNullOrWhiteSpace(a.What)))
            {
                throw new DomainException(PlanRuleCodes.ActivityWithoutText);
            }

            if (subgoal.Activities.Any(a => a.Who == ActivityOwner.Other && string.IsNullOrWhiteSpace(a.WhoElse)))
            {
                throw new DomainException(PlanRuleCodes.ActivityOwnerUnnamed);
            }
        }
    }

    public bool Equals(PlanContent? other) =>
        other is not null && ValidFrom == other.ValidFrom && ValidTo == other.ValidTo && NextFollowUp == other.NextFollowUp
        && Goal == other.Goal && Subgoals.SequenceEqual(other.Subgoals)
        && Requirements.SequenceEqual(other.Requirements) && Support.SequenceEqual(other.Support);

    public override int GetHashCode() => HashCode.Combine(ValidFrom, ValidTo, NextFollowUp, Goal, Subgoals.Count);
}
