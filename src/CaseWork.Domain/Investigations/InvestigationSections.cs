namespace CaseWork.Domain.Investigations;

/// <summary>What a basic investigation (grundutredning) clarifies about the conditions for self-sufficiency.</summary>
public sealed record InvestigationSections(
    string? WorkHistory,
    string? Education,
    string? SwedishLanguage,
    string? HealthAndWorkCapacity,
    string? Barriers,
    string? Strengths,
    string? ApplicantView,
    string? Assessment)
{
    public const int MaxSectionLength = 8000;

    public IEnumerable<string?> All => [WorkHistory, Education, SwedishLanguage, HealthAndWorkCapacity, Barriers, Strengths, ApplicantView, Assessment];
}
