namespace CaseWork.Web.Pages.Applicants;

/// <summary>The register: 50 a page, keyset-paged in (last name, first name, id) order (see <see cref="ApplicantListQuery"/>).</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : PageModel
{
    public const int PageSize = ApplicantListQuery.PageSize;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LongTerm { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public IReadOnlyList<ApplicantListRow> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    public bool CanCreate => db.CurrentUser.Scope.CanWriteCases;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var page = await ApplicantListQuery.LoadAsync(db, quality, new ApplicantListRequest(Query, Mine, LongTerm, After, Before), today, cancellationToken);
        Rows = page.Rows;
        NextCursor = page.NextCursor;
        PreviousCursor = page.PreviousCursor;
        // Every page of the list names people: the trail keeps whom it showed (by id, in one entry) and whether it was
        // a search. The term itself may be a personnummer, so it is never kept.
        var searched = !string.IsNullOrWhiteSpace(Query);
        await audit.WriteShownAsync(
            AuditAction.ApplicantListSearched, $"{Rows.Count} shown; search={searched}; mine={Mine}; longTerm={LongTerm}", Rows.Select(r => r.Id), cancellationToken);
    }
}
