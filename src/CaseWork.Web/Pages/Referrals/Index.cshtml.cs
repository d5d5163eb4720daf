namespace CaseWork.Web.Pages.Referrals;

/// <summary>The unit's (a manager: the district's) Jobbtorg referrals, newest first, keyset-paged, one query a page.</summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(CaseWorkDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public ReferralStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public ReferralProgram? Program { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Late { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public List<Row> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

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
        var rows = await ordered
            .Take(PageSize + 1)
            .Select(r => new Row(
                r.Id,
                r.ApplicantId,
                db.Applicants.Where(a => a.Id == r.ApplicantId).Select(a => a.LastName + ", " + a.FirstName).Single(),
                new ApplicantReferrals.Row(
                    r.Id,
                    r.Program,
                    db.JobCentres.Where(c => c.Id == r.JobCentreId).Select(c => c.Name).Single(),
                    r.SentOn,
                    r.ReceivedOn,
                    r.FirstVisitOn,
                    r.JobPlanOn,
                    r.ClosedOn,
                    r.PlaceGrantedOn,
                    db.ResursQueuePositions.Where(q => q.ReferralId == r.Id).Select(q => (int?)q.Position).FirstOrDefault())))
            .ToListAsync(cancellationToken);

        var hasMore = rows.Count > PageSize;
        rows = rows.Take(PageSize).ToList();
        if (before is not null)
        {
            rows.Reverse();
        }

        Rows = rows;
        if (rows.Count > 0)
        {
            var movingBack = before is not null;
            NextCursor = (movingBack || hasMore) ? new ReferralListCursor(rows[^1].Referral.SentOn, rows[^1].Id).Encode() : null;
            PreviousCursor = (movingBack ? hasMore : after is not null) ? new ReferralListCursor(rows[0].Referral.SentOn, rows[0].Id).Encode() : null;
        }

        audit.Add(AuditAction.ReferralListViewed, null, $"{rows.Count} shown; status={Status}; program={Program}; late={Late}");
        await db.SaveChangesAsync(cancellationToken);
    }

    public sealed record Row(Guid Id, Guid ApplicantId, string ApplicantName, ApplicantReferrals.Row Referral);
}
