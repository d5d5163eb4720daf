using CaseWork.Domain.Common;

namespace CaseWork.Domain.Phrases;

/// <summary>
/// A standard text (fras) that a worker inserts into a journal note, a decision motivation or a talk's assessment,
/// with placeholders filled from the case (<see cref="PhraseFilling"/>). A unit's phrase is kept by its unit head and
/// offered to everyone in the unit; a worker's own phrase is kept by that worker and offered to them alone.
/// </summary>
public class Phrase
{
    public const int MaxTitleLength = 100;

    public const int MaxTextLength = 2000;

    private Phrase()
    {
        Title = Text = CreatedById = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The unit the phrase belongs to: a unit phrase's unit, or the unit of the worker who wrote their own.</summary>
    public int UnitId { get; private set; }

    /// <summary>The worker who keeps their own phrase; null for a unit phrase.</summary>
    public string? OwnerId { get; private set; }

    public bool IsUnitPhrase => OwnerId is null;

    public string Title { get; private set; }

    public string Text { get; private set; }

    public PhraseUse Use { get; private set; }

    /// <summary>How many times the phrase has been inserted; the picker lists the most used first. Counted by one UPDATE in the database, so that insertions at the same moment all count.</summary>
    public int UsageCount { get; private set; }

    public string CreatedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset ChangedAt { get; private set; }

    /// <summary>A phrase for the keeper's whole unit; only its unit head may write one.</summary>
    public static Phrase ForUnit(PhraseKeeper keeper, string? title, string? text, PhraseUse use, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        if (!keeper.IsUnitHead)
        {
            throw new DomainException(PhraseRuleCodes.UnitPhraseKeptByUnitHead);
        }

        return New(keeper, ownerId: null, title, text, use, now);
    }

    /// <summary>A phrase of the keeper's own, offered to them alone.</summary>
    public static Phrase OwnedBy(PhraseKeeper keeper, string? title, string? text, PhraseUse use, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        return New(keeper, keeper.UserId, title, text, use, now);
    }

    /// <summary>True when <paramref name="keeper"/> may change or delete this phrase.</summary>
    public bool IsKeptBy(PhraseKeeper keeper)
    {
        ArgumentNullException.ThrowIfNull(keeper);
        return IsUnitPhrase
            ? keeper.IsUnitHead && keeper.UnitId == UnitId
            : string.Equals(keeper.UserId, OwnerId, StringComparison.Ordinal);
    }

    public void Change(PhraseKeeper keeper, string? title, string? text, PhraseUse use, DateTimeOffset now)
    {
        EnsureKeptBy(keeper);
        Set(title, text, use);
        ChangedAt = now;
    }

    /// <summary>Refuses unless <paramref name="keeper"/> may delete this phrase (the page then removes it).</summary>
    public void EnsureKeptBy(PhraseKeeper keeper)
    {
        if (!IsKeptBy(keeper))
        {
            throw new DomainException(IsUnitPhrase ? PhraseRuleCodes.UnitPhraseKeptByUnitHead : PhraseRuleCodes.OwnPhraseKeptByOwner);
        }
    }

    private static Phrase New(PhraseKeeper keeper, string? ownerId, string? title, string? text, PhraseUse use, DateTimeOffset now)
    {
        var phrase = new Phrase
        {
            Id = Guid.CreateVersion7(now),
            UnitId = keeper.UnitId,
            OwnerId = ownerId,
            CreatedById = keeper.UserId,
            CreatedAt = now,
            ChangedAt = now,
        };
        phrase.Set(title, text, use);
        return phrase;
    }

    private void Set(string? title, string? text, PhraseUse use)
    {
        var trimmedTitle = title?.Trim();
        if (string.IsNullOrEmpty(trimmedTitle))
        {
            throw new DomainException(PhraseRuleCodes.TitleMissing);
        }

        if (trimmedTitle.Length > MaxTitleLength)
        {
            throw new DomainException(PhraseRuleCodes.TitleTooLong);
        }

        var trimmedText = text?.Trim();
        if (string.IsNullOrEmpty(trimmedText))
        {
            throw new DomainException(PhraseRuleCodes.TextMissing);
        }

        if (trimmedText.Length > MaxTextLength)
        {
            throw new DomainException(PhraseRuleCodes.TextTooLong);
        }

        if (!TypedText.IsAllowed(trimmedTitle, multiline: false) || !TypedText.IsAllowed(trimmedText, multiline: true))
        {
            throw new DomainException(PhraseRuleCodes.TextNotTyped);
        }

        Title = trimmedTitle;
        Text = trimmedText;
        Use = use;
    }
}
