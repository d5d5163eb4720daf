using System.Globalization;

namespace CaseWork.Domain.WorkPlans;

public enum ChangeKind
{
    Added,
    Removed,
    Changed,
}

public sealed record FieldChange(string Field, string? Before, string? After);

public sealed record ActivityChange(Guid Id, ChangeKind Kind, PlanActivity? Before, PlanActivity? After);

public sealed record SubgoalChange(
    Guid Id,
    ChangeKind Kind,
    Subgoal? Before,
    Subgoal? After,
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<ActivityChange> Activities);

public sealed record TextChange(ChangeKind Kind, string Text);

/// <summary>What changed between two versions of a plan, part by part.</summary>
public sealed record PlanDiff(
    IReadOnlyList<FieldChange> Fields,
    IReadOnlyList<SubgoalChange> Subgoals,
    IReadOnlyList<TextChange> Requirements,
    IReadOnlyList<TextChange> Support)
{
    public bool IsEmpty => Fields.Count == 0 && Subgoals.Count == 0 && Requirements.Count == 0 && Support.Count == 0;
}

/// <summary>Compares two versions of a plan. Subgoals and activities are matched by id, so a reworded one is "changed".</summary>
public static class PlanComparison
{
    public static PlanDiff Compare(PlanContent before, PlanContent after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var fields = new List<FieldChange>();
        AddIfChanged(fields, nameof(PlanContent.Goal), before.Goal, after.Goal);
        AddIfChanged(fields, nameof(PlanContent.ValidFrom), Iso(before.ValidFrom), Iso(after.ValidFrom));
        AddIfChanged(fields, nameof(PlanContent.ValidTo), Iso(before.ValidTo), Iso(after.ValidTo));
        AddIfChanged(fields, nameof(PlanContent.NextFollowUp), Iso(before.NextFollowUp), Iso(after.NextFollowUp));

        return new PlanDiff(
            fields,
            CompareSubgoals(before.Subgoals, after.Subgoals),
            CompareTexts(before.Requirements, after.Requirements),
            CompareTexts(before.Support, after.Support));
    }

    private static List<SubgoalChange> CompareSubgoals(IReadOnlyList<Subgoal> before, IReadOnlyList<Subgoal> after)
    {
        var changes = new List<SubgoalChange>();
        var old = before.ToDictionary(s => s.Id);
        foreach (var subgoal in after)
        {
            if (!old.Remove(subgoal.Id, out var previous))
            {
                changes.Add(new SubgoalChange(subgoal.Id, ChangeKind.Added, null, subgoal, [], []));
                continue;
            }

            var fields = new List<FieldChange>();
            AddIfChanged(fields, nameof(Subgoal.What), previous.What, subgoal.What);
            AddIfChanged(fields, nameof(Subgoal.Criterion), previous.Criterion, subgoal.Criterion);
            AddIfChanged(fields, nameof(Subgoal.TargetDate), Iso(previous.TargetDate), Iso(subgoal.TargetDate));
            AddIfChanged(fields, nameof(Subgoal.Status), previous.Status.ToString(), subgoal.Status.ToString());
            var activities = CompareActivities(previous.Activities, subgoal.Activities);
            if (fields.Count > 0 || activities.Count > 0)
            {
                changes.Add(new SubgoalChange(subgoal.Id, ChangeKind.Changed, previous, subgoal, fields, activities));
            }
        }

        changes.AddRange(before.Where(s => old.ContainsKey(s.Id)).Select(s => new SubgoalChange(s.Id, ChangeKind.Removed, s, null, [], [])));
        return changes;
    }

    private static List<ActivityChange> CompareActivities(IReadOnlyList<PlanActivity> before, IReadOnlyList<PlanActivity> after)
    {
        var changes = new List<ActivityChange>();
        var old = before.ToDictionary(a => a.Id);
        foreach (var activity in after)
        {
            if (!old.Remove(activity.Id, out var previous))
            {
                changes.Add(new ActivityChange(activity.Id, ChangeKind.Added, null, activity));
            }
            else if (previous != activity)
            {
                changes.Add(new ActivityChange(activity.Id, ChangeKind.Changed, previous, activity));
            }
        }

        changes.AddRange(before.Where(a => old.ContainsKey(a.Id)).Select(a => new ActivityChange(a.Id, ChangeKind.Removed, a, null)));
        return changes;
    }

    private static List<TextChange> CompareTexts(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
    [
        .. before.Except(after, StringComparer.Ordinal).Select(t => new TextChange(ChangeKind.Removed, t)),
        .. after.Except(before, StringComparer.Ordinal).Select(t => new TextChange(ChangeKind.Added, t)),
    ];

    private static void AddIfChanged(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
