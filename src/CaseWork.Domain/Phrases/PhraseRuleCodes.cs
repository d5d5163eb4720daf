namespace CaseWork.Domain.Phrases;

/// <summary>The refusals of the phrase bank, as stable codes that the UI translates.</summary>
public static class PhraseRuleCodes
{
    public const string TitleMissing = "phrase.title-missing";
    public const string TitleTooLong = "phrase.title-too-long";
    public const string TextMissing = "phrase.text-missing";
    public const string TextTooLong = "phrase.text-too-long";
    public const string TextNotTyped = "phrase.text-not-typed";

    /// <summary>A unit's phrases are kept by the unit head of that unit.</summary>
    public const string UnitPhraseKeptByUnitHead = "phrase.unit-phrase-kept-by-unit-head";

    /// <summary>A worker's own phrases are kept by that worker alone.</summary>
    public const string OwnPhraseKeptByOwner = "phrase.own-phrase-kept-by-owner";
}
