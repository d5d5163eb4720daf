namespace CaseWork.Web.Pages.CaseReviews;

/// <summary>The unit head's form for one case of a review.</summary>
public class CaseInput
{
    [Display(Name = "Decision")]
    public string? Decision { get; set; }

    [Display(Name = "Comment")]
    [DataType(DataType.MultilineText)]
    public string? Comment { get; set; }

    public List<ActionInput> Actions { get; set; } = [];

    /// <summary>The entry's xmin when the form was drawn.</summary>
    public uint Version { get; set; }

    /// <summary>The rows that hold an action: neither left empty nor marked for removal.</summary>
    public IEnumerable<(ActionInput Row, int Index)> FilledActions =>
        Actions.Select((row, index) => (row, index)).Where(x => !x.row.IsBlank && !x.row.Remove);

    public static CaseInput From(CaseReviewEntry entry, string defaultOwner)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var input = new CaseInput
        {
            Decision = entry.Decision?.ToString(),
            Comment = entry.Comment,
            Version = entry.Version,
            Actions = entry.Actions.OrderBy(a => a.DueOn).ThenBy(a => a.Id)
                .Select(a => new ActionInput { Id = a.Id, Description = a.Description, OwnerId = a.OwnerId, DueOn = FormValues.Format(a.DueOn) })
                .ToList(),
        };
        input.Actions.Add(ActionInput.Blank(defaultOwner));
        return input;
    }

    /// <summary>Call after validation: the decision as the domain takes it.</summary>
    public CaseDecision ToDecision() => new(
        Enum.TryParse<ReviewDecision>(Decision, out var decision) ? decision : null,
        Comment,
        FilledActions.Select(x => new ReviewActionInput(x.Row.Id, x.Row.Description, x.Row.OwnerId, FormValues.Date(x.Row.DueOn))).ToList());
}

public class ActionInput
{
    public Guid? Id { get; set; }

    [Display(Name = "What is to be done")]
    [DataType(DataType.MultilineText)]
    public string? Description { get; set; }

    [Display(Name = "Owner")]
    public string? OwnerId { get; set; }

    [Display(Name = "Due by")]
    public string? DueOn { get; set; }

    [Display(Name = "Remove the action")]
    public bool Remove { get; set; }

    /// <summary>A row with neither text nor date is left out: the form always offers one empty row.</summary>
    public bool IsBlank => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(DueOn);

    public static ActionInput Blank(string owner) => new() { OwnerId = owner };
}

/// <summary>The form's shape; the domain rules (an action when it needs action, owner, due date) come after.</summary>
public class CaseInputValidator : AbstractValidator<CaseInput>
{
    public CaseInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Decision).IsEnumName(typeof(ReviewDecision)).When(x => !string.IsNullOrEmpty(x.Decision))
            .WithMessage(l["review.decision-missing"]);
        RuleForEach(x => x.Actions).ChildRules(action =>
            action.RuleFor(a => a.DueOn).Must(d => FormValues.Date(d) is not null)
                .When(a => !a.IsBlank && !a.Remove && !string.IsNullOrWhiteSpace(a.DueOn))
                .WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]));
    }
}
