using System.ComponentModel.DataAnnotations;
using CaseWork.Domain.Investigations;

namespace CaseWork.Web.Pages.Investigations;

public class InvestigationInput
{
    [Display(Name = "Work history")]
    public string? WorkHistory { get; set; }

    [Display(Name = "Education")]
    public string? Education { get; set; }

    [Display(Name = "Swedish language")]
    public string? SwedishLanguage { get; set; }

    [Display(Name = "Health and work capacity")]
    public string? HealthAndWorkCapacity { get; set; }

    [Display(Name = "Barriers")]
    public string? Barriers { get; set; }

    [Display(Name = "Strengths")]
    public string? Strengths { get; set; }

    [Display(Name = "The applicant's own view and wishes")]
    public string? ApplicantView { get; set; }

    [Display(Name = "Assessment")]
    public string? Assessment { get; set; }

    public uint Version { get; set; }

    public static IReadOnlyList<string> FieldNames { get; } =
        [nameof(WorkHistory), nameof(Education), nameof(SwedishLanguage), nameof(HealthAndWorkCapacity), nameof(Barriers), nameof(Strengths), nameof(ApplicantView), nameof(Assessment)];

    public static InvestigationInput From(InvestigationSections s, uint version)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new()
        {
            WorkHistory = s.WorkHistory, Education = s.Education, SwedishLanguage = s.SwedishLanguage, HealthAndWorkCapacity = s.HealthAndWorkCapacity,
            Barriers = s.Barriers, Strengths = s.Strengths, ApplicantView = s.ApplicantView, Assessment = s.Assessment, Version = version,
        };
    }

    public InvestigationSections ToSections() => new(
        Clean(WorkHistory), Clean(Education), Clean(SwedishLanguage), Clean(HealthAndWorkCapacity), Clean(Barriers), Clean(Strengths), Clean(ApplicantView), Clean(Assessment));

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
