namespace CaseWork.Web.Pages.Referrals;

/// <summary>The unit's (a manager: the district's) Jobbtorg referrals, newest first, keyset-paged, one query a page (<see cref="ReferralQuery.ListPageAsync"/>).</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock) : KeysetListPageModel<ListedReferral>
{
    public const int PageSize = ReferralQuery.ListPageSize;

    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReferralProgram? Program { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Late { get; set; }

    public DateOnly Today => ReferralDates.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Show(await ReferralQuery.ListPageAsync(db, new ReferralListRead(Status, Program, Late, Today, After, Before), cancellationToken));
        audit.Add(AuditAction.ReferralListViewed, null, $"{Rows.Count} shown; status={Status}; program={Program}; late={Late}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
