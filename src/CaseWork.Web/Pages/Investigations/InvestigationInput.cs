using System.Reflection;

namespace CaseWork.Web.Pages.Investigations;

public class InvestigationInput
{
    [Display(Name = "Work history")]
    [DataType(DataType.MultilineText)]
    public string? WorkHistory { get; set; }

    [Display(Name = "Education")]
    [DataType(DataType.MultilineText)]
    public string? Education { get; set; }

    [Display(Name = "Swedish language")]
    [DataType(DataType.MultilineText)]
    public string? SwedishLanguage { get; set; }

    [Display(Name = "Health and work capacity")]
    [DataType(DataType.MultilineText)]
    public string? HealthAndWorkCapacity { get; set; }

    [Display(Name = "Barriers")]
    [DataType(DataType.MultilineText)]
    public string? Barriers { get; set; }

    [Display(Name = "Strengths")]
    [DataType(DataType.MultilineText)]
    public string? Strengths { get; set; }

    [Display(Name = "The applicant's own view and wishes")]
    [DataType(DataType.MultilineText)]
    public string? ApplicantView { get; set; }

    [Display(Name = "Assessment")]
    [DataType(DataType.MultilineText)]
    public string? Assessment { get; set; }

    public uint Version { get; set; }

    /// <summary>
    /// The eight sections in form order: field name, the label's resource key (the property's display name, which the
    /// record extract shows too) and what is typed.
    /// </summary>
    public IEnumerable<(string Field, string Label, string? Value)> Sections() =>
        new (string Field, string? Value)[]
        {
            (nameof(WorkHistory), WorkHistory),
            (nameof(Education), Education),
            (nameof(SwedishLanguage), SwedishLanguage),
            (nameof(HealthAndWorkCapacity), HealthAndWorkCapacity),
            (nameof(Barriers), Barriers),
            (nameof(Strengths), Strengths),
            (nameof(ApplicantView), ApplicantView),
            (nameof(Assessment), Assessment),
        }.Select(s => (s.Field, LabelOf(s.Field), s.Value));

    private static string LabelOf(string property) =>
        typeof(InvestigationInput).GetProperty(property)!.GetCustomAttribute<DisplayAttribute>()!.Name!;

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
