namespace CaseWork.Web.Pages.Phrases;

public class PhraseInput
{
    [Display(Name = "Title of the phrase")]
    public string? Title { get; set; }

    [Display(Name = "Text of the phrase")]
    [DataType(DataType.MultilineText)]
    public string? Text { get; set; }

    [Display(Name = "Used in")]
    public string? Use { get; set; } = nameof(PhraseUse.JournalNote);

    /// <summary>A unit head's choice: a phrase for the whole unit rather than their own.</summary>
    [Display(Name = "For the whole unit")]
    public bool ForUnit { get; set; }

    public uint Version { get; set; }

    public PhraseUse ToUse() => Enum.Parse<PhraseUse>(Use!);

    public static PhraseInput From(Phrase phrase, uint version)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return new PhraseInput { Title = phrase.Title, Text = phrase.Text, Use = phrase.Use.ToString(), ForUnit = phrase.IsUnitPhrase, Version = version };
    }
}

/// <summary>The phrase's shape; the domain decides who keeps it.</summary>
public class PhraseInputValidator : AbstractValidator<PhraseInput>
{
    public PhraseInputValidator(IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        RuleFor(x => x.Title).NotEmpty().WithMessage(l[PhraseRuleCodes.TitleMissing])
            .MaximumLength(Phrase.MaxTitleLength).WithMessage(l[PhraseRuleCodes.TitleTooLong, Phrase.MaxTitleLength])
            .NoMarkup(l);
        RuleFor(x => x.Text).NotEmpty().WithMessage(l[PhraseRuleCodes.TextMissing])
            .MaximumLength(Phrase.MaxTextLength).WithMessage(l[PhraseRuleCodes.TextTooLong, Phrase.MaxTextLength])
            .NoMarkup(l);
        RuleFor(x => x.Use).IsEnumName(typeof(PhraseUse)).WithMessage(l["Choose where the phrase is used."]);
    }
}
