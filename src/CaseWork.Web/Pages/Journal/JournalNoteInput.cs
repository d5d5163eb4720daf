namespace CaseWork.Web.Pages.Journal;

public class JournalNoteInput
{
    [Display(Name = "Kind of note")]
    public string? Kind { get; set; } = nameof(JournalNoteKind.General);

    [Display(Name = "Date of the event")]
    public string? EventDate { get; set; }

    [Display(Name = "Note")]
    [DataType(DataType.MultilineText)]
    public string? Text { get; set; }

    public uint Version { get; set; }
}

/// <summary>The note's shape; the domain decides the rest (not in the future, never after signing).</summary>
public class JournalNoteInputValidator : AbstractValidator<JournalNoteInput>
{
    public JournalNoteInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Kind).IsEnumName(typeof(JournalNoteKind)).WithMessage(l["Choose the kind of note."]);
        RuleFor(x => x.EventDate).Must(d => FormValues.Date(d) is not null).WithMessage(l["{PropertyName} must be a date as YYYY-MM-DD."]);
        RuleFor(x => x.Text).NotEmpty().WithMessage(l["journal.text-missing"])
            .MaximumLength(JournalNote.MaxTextLength).WithMessage(l["{{PropertyName}} may have at most {0} characters.", JournalNote.MaxTextLength]);
    }
}
