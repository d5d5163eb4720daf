namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>The coach's participants: their Jobbtorg's referrals, open first, 50 a page, keyset-paged, one query a page.</summary>
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
        var query = participants.Participants(Status, Late, Query, Today);
        if (ParticipantListCursor.Decode(After) is { } after)
        {
            query = after.Closed
                ? query.Where(p => p.ClosedOn != null
                    && EF.Functions.LessThan(ValueTuple.Create(p.SentOn, p.ReferralId), ValueTuple.Create(after.SentOn, after.Id)))
                : query.Where(p => p.ClosedOn != null
                    || EF.Functions.LessThan(ValueTuple.Create(p.SentOn, p.ReferralId), ValueTuple.Create(after.SentOn, after.Id)));
        }

        var rows = await query
            .OrderBy(p => p.ClosedOn != null).ThenByDescending(p => p.SentOn).ThenByDescending(p => p.ReferralId)
            .Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        (Rows, NextCursor, _) = KeysetPage.Of(
            rows, PageSize, movingBack: false, cameForward: false, p => new ParticipantListCursor(p.ClosedOn is not null, p.SentOn, p.ReferralId).Encode());
        await audit.WriteAsync(AuditAction.ApplicantListSearched, null, $"jobbtorg: {Rows.Count} shown; search={!string.IsNullOrWhiteSpace(Query)}; status={Status}; late={Late}", cancellationToken);
    }
}
