namespace CaseWork.Domain.Phrases;

/// <summary>Which text a phrase is written for; the picker beside that text offers only these.</summary>
public enum PhraseUse
{
    /// <summary>A journal note's text.</summary>
    JournalNote,

    /// <summary>The monthly check's "Beslutsmotivering".</summary>
    DecisionMotivation,

    /// <summary>A follow-up talk's "Bedömning".</summary>
    TalkAssessment,
}
