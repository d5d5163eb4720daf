using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.Journal;

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

    public static DateOnly? ParseDate(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>The note's shape; the domain decides the rest (not in the future, never after signing).</summary>
public class JournalNoteInputValidator : AbstractValidator<JournalNoteInput>
{
    public JournalNoteInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Kind).IsEnumName(typeof(JournalNoteKind)).WithMessage(l["Choose the kind of note."]);
        RuleFor(x => x.EventDate).Must(d => JournalNoteInput.ParseDate(d) is not null).WithMessage(l["Enter a date as YYYY-MM-DD."]);
        RuleFor(x => x.Text).NotEmpty().WithMessage(l["journal.text-missing"])
            .MaximumLength(JournalNote.MaxTextLength).WithMessage(l["At most {0} characters.", JournalNote.MaxTextLength]);
    }
}

/// <summary>Which form field a journal refusal belongs beside.</summary>
public static class JournalRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        JournalRuleCodes.TextMissing or JournalRuleCodes.TextTooLong => "Input.Text",
        JournalRuleCodes.EventInFuture or JournalRuleCodes.EventTooEarly => "Input.EventDate",
        _ => string.Empty,
    };
}
