namespace CaseWork.Domain.Phrases;

/// <summary>The user who creates, changes or deletes a phrase: who they are, their unit, and whether they head it.</summary>
public sealed record PhraseKeeper(string UserId, int UnitId, bool IsUnitHead);
