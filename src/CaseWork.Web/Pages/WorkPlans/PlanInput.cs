namespace CaseWork.Web.Pages.WorkPlans;

/// <summary>The plan editor's form. Dates and choices are strings so that nothing typed is lost to model binding.</summary>
public class PlanInput
{
    [Display(Name = "Valid from")]
    public string? ValidFrom { get; set; }

    [Display(Name = "Valid to")]
    public string? ValidTo { get; set; }

    [Display(Name = "Next follow-up")]
    public string? NextFollowUp { get; set; }

    [Display(Name = "The applicant's individual goal")]
    [DataType(DataType.MultilineText)]
    public string? Goal { get; set; }

    [Display(Name = "Subgoals")]
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

    /// <summary>Who took part in the revision.</summary>
    public ParticipantsInput Participants { get; set; } = new();

    public uint Version { get; set; }

    /// <summary>The talk is why the plan changes: the reason and who took part start from it, and the worker writes on.</summary>
    public void StartRevisionAfter(FollowUpTalkFacts? talk)
    {
        if (talk is not null)
        {
            Reason = FollowUpRecordText.RevisionReasonAfter(talk.Kind, talk.HeldOn);
            Participants = ParticipantsInput.From(talk.Participants);
        }
    }

    /// <summary>
    /// The form for an open plan: its content and version. A revision starts from the next follow-up as it is now: a
    /// follow-up may have moved the date since the version was agreed.
    /// </summary>
    public static PlanInput From(WorkPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var input = From(plan.Content, plan.Version);
        if (plan.Status == WorkPlanStatus.Active && plan.NextFollowUpOn is { } moved)
        {
            input.NextFollowUp = FormValues.Format(moved);
        }

        return input;
    }

    public static PlanInput From(PlanContent content, uint version)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new PlanInput
        {
            ValidFrom = FormValues.Format(content.ValidFrom),
            ValidTo = FormValues.Format(content.ValidTo),
            NextFollowUp = content.NextFollowUp is { } f ? FormValues.Format(f) : null,
            Goal = content.Goal,
            Subgoals = content.Subgoals.Select(SubgoalInput.From).ToList(),
            Requirements = string.Join('\n', content.Requirements),
            Support = string.Join('\n', content.Support),
            Version = version,
        };
    }

    public static PlanInput NewPlan(DateOnly today, int months) => new()
    {
        ValidFrom = FormValues.Format(today),
        ValidTo = FormValues.Format(today.AddMonths(months).AddDays(-1)),
        NextFollowUp = FormValues.Format(today.AddMonths(1)),
        Subgoals = [new SubgoalInput()],
    };

    public void AddSubgoal() => Subgoals.Add(new SubgoalInput());

    /// <summary>Removes the row if there is one at <paramref name="index"/>: the index comes from the posted form.</summary>
    public void RemoveSubgoal(int index)
    {
        if (index >= 0 && index < Subgoals.Count)
        {
            Subgoals.RemoveAt(index);
        }
    }

    public void AddActivity(int subgoal)
    {
        if (subgoal >= 0 && subgoal < Subgoals.Count)
        {
            Subgoals[subgoal].Activities.Add(new ActivityInput());
        }
    }

    public void RemoveActivity(int subgoal, int activity)
    {
        if (subgoal >= 0 && subgoal < Subgoals.Count && activity >= 0 && activity < Subgoals[subgoal].Activities.Count)
        {
            Subgoals[subgoal].Activities.RemoveAt(activity);
        }
    }

    /// <summary>Call after validation succeeded.</summary>
    public PlanContent ToContent() => new(
        FormValues.Date(ValidFrom)!.Value,
        FormValues.Date(ValidTo)!.Value,
        FormValues.Date(NextFollowUp),
        Goal?.Trim() ?? string.Empty,
        Subgoals.Where(s => !s.IsBlank).Select(s => s.ToSubgoal()).ToList(),
        Lines(Requirements),
        Lines(Support));



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
            TargetDate = subgoal.TargetDate is { } d ? FormValues.Format(d) : null,
            Status = subgoal.Status.ToString(),
            Activities = subgoal.Activities.Select(ActivityInput.From).ToList(),
        };
    }

    public Subgoal ToSubgoal() => new(
        Id ?? Guid.CreateVersion7(),
        What!.Trim(),
        string.IsNullOrWhiteSpace(Criterion) ? null : Criterion.Trim(),
        FormValues.Date(TargetDate),
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
            When = activity.When is { } d ? FormValues.Format(d) : null,
        };
    }

    public PlanActivity ToActivity() => new(
        Id ?? Guid.CreateVersion7(),
        What!.Trim(),
        Enum.Parse<ActivityOwner>(Who!),
        string.IsNullOrWhiteSpace(WhoElse) ? null : WhoElse.Trim(),
        FormValues.Date(When));
}
