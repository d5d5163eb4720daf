namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>The coach's participants: their Jobbtorg's referrals, open first, 50 a page, keyset-paged, one query a page (<see cref="CoachParticipantQuery.PageAsync"/>).</summary>
[Authorize(Policy = Policies.Coach)]
public class IndexModel(CoachParticipantQuery participants, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ParticipantFilter? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Late { get; set; }

    /// <summary>A name or personnummer; the search is kept while paging.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public IReadOnlyList<CoachParticipantRow> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today();
        (Rows, NextCursor, _) = await participants.PageAsync(Status, Late, Query, Today, After, PageSize, cancellationToken);
        await audit.WriteAsync(AuditAction.ApplicantListSearched, null, $"jobbtorg: {Rows.Count} shown; search={!string.IsNullOrWhiteSpace(Query)}; status={Status}; late={Late}", cancellationToken);
    }
}
