namespace CaseWork.Web.Pages.Due;

/// <summary>
/// The due list a monthly check was opened from (the monthly round): the list's filter and page ride along in the
/// check's address, so that saving, "Spara och nästa", "Avbryt" and the breadcrumb return to the same list and page.
/// Bound from the query without a prefix (<c>fromDue</c>, <c>worker</c>, <c>kind</c>, <c>after</c>, <c>before</c>).
/// </summary>
public sealed class DueListOrigin
{
    /// <summary>The query value that marks a check opened from the due list.</summary>
    public const string Marker = "fromDue";

    [BindProperty(Name = Marker)]
    public bool Opened { get; set; }

    [BindProperty(Name = "worker")]
    public string? Worker { get; set; }

    [BindProperty(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>The list's page: its keyset cursors.</summary>
    [BindProperty(Name = "after")]
    public string? After { get; set; }

    [BindProperty(Name = "before")]
    public string? Before { get; set; }

    public DueListFilter Filter => DueListFilter.Read(Worker, Kind);

    public static DueListOrigin Of(DueListFilter filter, string? after, string? before)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return new() { Opened = true, Worker = filter.Worker, Kind = filter.Kind?.ToString(), After = after, Before = before };
    }

    /// <summary>The list's filter and page, as the list's own URL carries them.</summary>
    public Dictionary<string, string?> ListValues()
    {
        var values = Filter.RouteValues();
        values["after"] = After;
        values["before"] = Before;
        return values;
    }

    /// <summary>A monthly check of the round: the applicant and month, with the list it belongs to.</summary>
    public Dictionary<string, string?> CheckValues(Guid applicantId, string? month)
    {
        var values = ListValues();
        values["applicantId"] = applicantId.ToString();
        values["month"] = month;
        values[Marker] = "true";
        return values;
    }
}
