namespace CaseWork.Web.Pages.Accessibility;

/// <summary>Where the accessibility statement sends a user who reports a problem (section "Accessibility").</summary>
public sealed class AccessibilityOptions
{
    public const string Section = "Accessibility";

    public string ContactEmail { get; set; } = "casework-tillganglighet@example.se";

    public string ContactPhone { get; set; } = "08-508 00 000";
}
