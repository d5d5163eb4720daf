namespace CaseWork.Web.Pages.Due;

/// <summary>
/// The due list's filter as its URL carries it, also into a monthly check opened from the list (so that "Spara och
/// nästa" follows the same list): whose caseload (<c>worker</c>: empty for one's own, <see cref="WholeUnit"/>, or a
/// worker's id) and which group of items (<c>kind</c>, read by <see cref="FormValues.Choice{TEnum}"/>).
/// </summary>
public sealed record DueListFilter(string? Worker, DueGroup? Kind)
{
    public const string WholeUnit = "unit";

    public static DueListFilter Read(string? worker, string? kind) =>
        new(string.IsNullOrWhiteSpace(worker) ? null : worker.Trim(), FormValues.Choice<DueGroup>(kind));

    public bool ShowsWholeScope => Worker == WholeUnit;

    /// <summary>Whose caseload to read: the signed-in worker's own, null for the whole scope, or the chosen worker's.</summary>
    public string? WorkerIdFor(string? signedInUserId) => Worker switch
    {
        null => signedInUserId,
        WholeUnit => null,
        _ => Worker,
    };

    public DueListFilter WithKind(DueGroup? kind) => this with { Kind = kind };

    /// <summary>The filter as query values (what the list's links and the monthly check's round carry).</summary>
    public Dictionary<string, string?> RouteValues() => new(StringComparer.Ordinal)
    {
        ["worker"] = Worker,
        ["kind"] = Kind?.ToString(),
    };
}
