namespace CaseWork.Web.Pages.Applicants;

/// <summary>What a colleague saved while the user was editing: shown beside each field where it differs.</summary>
public sealed class ApplicantConflict(string? savedBy, IReadOnlyDictionary<string, (string? Value, string? Display)> theirs)
{
    public string? SavedBy { get; } = savedBy;

    /// <summary>The colleague's value for display, or null when it equals what the user has in the form.</summary>
    public string? Differs(string field, ApplicantInput mine)
    {
        ArgumentNullException.ThrowIfNull(mine);
        if (!theirs.TryGetValue(field, out var their))
        {
            return null;
        }

        var myValue = typeof(ApplicantInput).GetProperty(field)?.GetValue(mine)?.ToString();
        return Normalize(myValue) == Normalize(their.Value) ? null : their.Display ?? "–";
    }

    private static string Normalize(string? value) => value?.Trim() ?? string.Empty;
}
