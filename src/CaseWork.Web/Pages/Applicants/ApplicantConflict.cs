namespace CaseWork.Web.Pages.Applicants;

/// <summary>What a colleague saved while the user was editing, kept for the fields where it differs from the user's form.</summary>
public sealed class ApplicantConflict
{
    private readonly Dictionary<string, string> _theirs = [];

    public ApplicantConflict(string? savedBy) => SavedBy = savedBy;

    public string? SavedBy { get; }

    /// <summary>Notes the colleague's value of a field when it differs from what the user has in the form.</summary>
    public void Compare(string field, string? mine, string? theirs, string? theirsForDisplay)
    {
        if (Normalize(mine) != Normalize(theirs))
        {
            _theirs[field] = theirsForDisplay ?? "–";
        }
    }

    /// <summary>The colleague's value for display, or null where they agree.</summary>
    public string? TheirsFor(string field) => _theirs.GetValueOrDefault(field);

    private static string Normalize(string? value) => value?.Trim() ?? string.Empty;
}
