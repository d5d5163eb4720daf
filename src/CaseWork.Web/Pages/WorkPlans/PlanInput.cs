using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The plan editor's form. Dates and choices are strings so that nothing typed is lost to model binding.</summary>
public class PlanInput
{
    private const string DateFormat = "yyyy-MM-dd";

    [Display(Name = "Valid from")]
    public string? ValidFrom { get; set; }

    [Display(Name = "Valid to")]
    public string? ValidTo { get; set; }

    [Display(Name = "Next follow-up")]
    public string? NextFollowUp { get; set; }

    [Display(Name = "Goal")]
    [DataType(DataType.MultilineText)]
    public string? Goal { get; set; }

    public List<SubgoalInput> Subgoals { get; set; } = [];

    [Display(Name = "Requirements on the applicant (one per line)")]
    [DataType(DataType.MultilineText)]
    public string? Requirements { get; set; }

    [Display(Name = "Support from the unit (one per line)")]
    [DataType(DataType.MultilineText)]
    public string? Support { get; set; }

    [Display(Name = "Reason for the revision")]
    [DataType(DataType.MultilineText)]
    public string? Reason { get; set; }

    public uint Version { get; set; }

    public static PlanInput From(PlanContent content, uint version)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PlanInput
        {
            ValidFrom = Format(content.ValidFrom),
            ValidTo = Format(content.ValidTo),
            NextFollowUp = content.NextFollowUp is { } f ? Format(f) : null,
            Goal = content.Goal,
            Subgoals = content.Subgoals.Select(SubgoalInput.From).ToList(),
            Requirements = string.Join('\n', content.Requirements),
            Support = string.Join('\n', content.Support),
            Version = version,
        };
    }

    public static PlanInput NewPlan(DateOnly today, int months) => new()
    {
        ValidFrom = Format(today),
        ValidTo = Format(today.AddMonths(months).AddDays(-1)),
        NextFollowUp = Format(today.AddMonths(1)),
        Subgoals = [new SubgoalInput()],
    };

    /// <summary>Call after validation succeeded.</summary>
    public PlanContent ToContent() => new(
        ParseDate(ValidFrom)!.Value,
        ParseDate(ValidTo)!.Value,
        ParseDate(NextFollowUp),
        Goal?.Trim() ?? string.Empty,
        Subgoals.Where(s => !s.IsBlank).Select(s => s.ToSubgoal()).ToList(),
        Lines(Requirements),
        Lines(Support));

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static List<string> Lines(string? text) =>
        (text ?? string.Empty).Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
}

public class SubgoalInput
{
    public Guid? Id { get; set; }

    [Display(Name = "Subgoal")]
    public string? What { get; set; }

    [Display(Name = "Measurable criterion")]
    public string? Criterion { get; set; }

    [Display(Name = "Target date")]
    public string? TargetDate { get; set; }

    [Display(Name = "Status")]
    public string? Status { get; set; } = nameof(SubgoalStatus.NotStarted);

    public List<ActivityInput> Activities { get; set; } = [];

    /// <summary>An empty row the user added but did not fill: ignored on save.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(Criterion) && string.IsNullOrWhiteSpace(TargetDate)
        && Activities.All(a => a.IsBlank);

    public static SubgoalInput From(Subgoal subgoal)
    {
        ArgumentNullException.ThrowIfNull(subgoal);
        return new SubgoalInput
        {
            Id = subgoal.Id,
            What = subgoal.What,
            Criterion = subgoal.Criterion,
            TargetDate = subgoal.TargetDate is { } d ? PlanInput.Format(d) : null,
            Status = subgoal.Status.ToString(),
            Activities = subgoal.Activities.Select(ActivityInput.From).ToList(),
        };
    }

    public Subgoal ToSubgoal() => new(
        Id ?? Guid.CreateVersion7(),
        What!.Trim(),
        string.IsNullOrWhiteSpace(Criterion) ? null : Criterion.Trim(),
        PlanInput.ParseDate(TargetDate),
        Enum.Parse<SubgoalStatus>(Status!),
        Activities.Where(a => !a.IsBlank).Select(a => a.ToActivity()).ToList());
}

public class ActivityInput
{
    public Guid? Id { get; set; }

    [Display(Name = "Activity")]
    public string? What { get; set; }

    [Display(Name = "Who")]
    public string? Who { get; set; } = nameof(ActivityOwner.Applicant);

    [Display(Name = "Who else")]
    public string? WhoElse { get; set; }

    [Display(Name = "When")]
    public string? When { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(What) && string.IsNullOrWhiteSpace(WhoElse) && string.IsNullOrWhiteSpace(When);

    public static ActivityInput From(PlanActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new ActivityInput
        {
            Id = activity.Id,
            What = activity.What,
            Who = activity.Who.ToString(),
            WhoElse = activity.WhoElse,
            When = activity.When is { } d ? PlanInput.Format(d) : null,
        };
    }

    public PlanActivity ToActivity() => new(
        Id ?? Guid.CreateVersion7(),
        What!.Trim(),
        Enum.Parse<ActivityOwner>(Who!),
        string.IsNullOrWhiteSpace(WhoElse) ? null : WhoElse.Trim(),
        PlanInput.ParseDate(When));
}
