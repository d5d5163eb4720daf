namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The register: 50 a page, keyset-paged by name or personnummer (see <see cref="ApplicantListQuery"/>). A social worker
/// who asks for nothing in particular sees "Mina ärenden"; the box says so and unticking it shows the unit's.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, PlanQualityRules quality, TimeProvider clock) : KeysetListPageModel<ApplicantListRow>
{
    public const int PageSize = ApplicantListQuery.PageSize;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Ticked, unticked, or not said (null): then a social worker's own cases, unless they searched or filtered.</summary>
    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool? MineAsked { get; set; }

    public bool Mine { get; private set; }

    [BindProperty(SupportsGet = true)]
    public ApplicantSort Sort { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool LongTerm { get; set; }

    /// <summary>How many match, when the list is filtered (search, Mina ärenden, long-term); otherwise not counted.</summary>
    public int? Total { get; private set; }

    /// <summary>The list's state for links that leave it and come back (a case's breadcrumb, the sort headers, paging).</summary>
    public Dictionary<string, string> ListRoute(ApplicantSort? sort = null)
    {
        var route = new Dictionary<string, string> { ["mine"] = Mine ? "true" : "false" };
        if (!string.IsNullOrWhiteSpace(Query))
        {
            route["q"] = Query;
        }

        if (LongTerm)
        {
            route["longTerm"] = "true";
        }

        if ((sort ?? Sort) != ApplicantSort.Name)
        {
            route["sort"] = (sort ?? Sort).ToString();
        }

        return route;
    }

    /// <summary>The order a column header's link asks for: its own ascending, or descending when already ascending.</summary>
    public ApplicantSort SortBy(ApplicantSort column) => (Sort, column) switch
    {
        (ApplicantSort.Name, ApplicantSort.Name) => ApplicantSort.NameDescending,
        (ApplicantSort.Pin, ApplicantSort.Pin) => ApplicantSort.PinDescending,
        _ => column,
    };

    /// <summary>aria-sort of a column header: how the list is ordered by it, if it is.</summary>
    public string? AriaSort(ApplicantSort column) => (Sort, column) switch
    {
        (ApplicantSort.Name, ApplicantSort.Name) or (ApplicantSort.Pin, ApplicantSort.Pin) => "ascending",
        (ApplicantSort.NameDescending, ApplicantSort.Name) or (ApplicantSort.PinDescending, ApplicantSort.Pin) => "descending",
        _ => null,
    };

    /// <summary>The list's state from a request's query string, for a case page's breadcrumb back to the list as it was.</summary>
    public static Dictionary<string, string> ListRouteFrom(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ListKeys.Where(k => !string.IsNullOrEmpty(query[k])).ToDictionary(k => k, k => query[k].ToString(), StringComparer.Ordinal);
    }

    private static readonly string[] ListKeys = ["q", "mine", "longTerm", "sort"];

    public bool CanCreate => db.CurrentUser.Scope.CanWriteCases;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        Mine = MineAsked ?? (string.IsNullOrWhiteSpace(Query) && !LongTerm && User.IsInRole(Roles.SocialWorker));
        var page = await ApplicantListQuery.LoadAsync(db, quality, new ApplicantListRequest(Query, Mine, LongTerm, After, Before, Sort), today, cancellationToken);
        Show(new KeysetPage<ApplicantListRow>([.. page.Rows], page.NextCursor, page.PreviousCursor));
        Total = page.Total;
        // Every page of the list names people: the trail keeps whom it showed (by id, in one entry) and whether it was
        // a search. The term itself may be a personnummer, so it is never kept.
        var searched = !string.IsNullOrWhiteSpace(Query);
        await audit.WriteShownAsync(
            AuditAction.ApplicantListSearched, $"{Rows.Count} shown; search={searched}; mine={Mine}; longTerm={LongTerm}", Rows.Select(r => r.Id), cancellationToken);
    }
}
