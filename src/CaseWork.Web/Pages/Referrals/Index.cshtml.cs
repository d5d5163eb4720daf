namespace CaseWork.Web.Pages.Referrals;

/// <summary>The unit's (a manager: the district's) Jobbtorg referrals, newest first, keyset-paged, one query a page.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock) : KeysetListPageModel<ListedReferral>
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReferralProgram? Program { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Late { get; set; }

    public DateOnly Today => ReferralDates.Today(clock);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var query = db.Referrals.AsNoTracking();
        if (Status is { } status && Enum.IsDefined(status))
        {
            query = query.WithStatus(status);
        }

        if (Program is { } program)
        {
            query = query.Where(r => r.Program == program);
        }

        if (Late)
        {
            query = query.WithJobPlanLate(Today);
        }

        var after = ReferralListCursor.Decode(After);
        var before = after is null ? ReferralListCursor.Decode(Before) : null;
        if (after is not null)
        {
            query = query.Where(r => EF.Functions.LessThan(ValueTuple.Create(r.SentOn, r.Id), ValueTuple.Create(after.SentOn, after.Id)));
        }
        else if (before is not null)
        {
            query = query.Where(r => EF.Functions.GreaterThan(ValueTuple.Create(r.SentOn, r.Id), ValueTuple.Create(before.SentOn, before.Id)));
        }

        var ordered = before is null
            ? query.OrderByDescending(r => r.SentOn).ThenByDescending(r => r.Id)
            : query.OrderBy(r => r.SentOn).ThenBy(r => r.Id);
        var rows = await ApplicantReferralsQuery.Listed(db, ordered.Take(PageSize + 1))
            .ToListAsync(cancellationToken);

        Show(KeysetPage.Of(
            rows, PageSize, movingBack: before is not null, cameForward: after is not null, r => new ReferralListCursor(r.Referral.SentOn, r.Id).Encode()));

        audit.Add(AuditAction.ReferralListViewed, null, $"{Rows.Count} shown; status={Status}; program={Program}; late={Late}");
        await db.SaveChangesAsync(cancellationToken);
    }
}
