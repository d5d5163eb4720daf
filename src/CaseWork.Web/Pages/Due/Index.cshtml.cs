using CaseWork.Domain.Due;

namespace CaseWork.Web.Pages.Due;

/// <summary>
/// "Att göra": the bevakningar of a caseload, overdue first, then this week and later; a unit head sees the unit's.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock,
    DueFactsQuery facts, CaseReviews.OpenReviewActionsQuery reviewActions, Applicants.UnitWorkersQuery unitWorkers, PageAccess pageAccess)
    : PageModel
{
    public const int PageSize = 50;

    private const string MonthlyCheckPage = "/FollowUps/MonthlyCheck";
    private const string TalkPage = "/FollowUps/Talk";
    private const string ReviewActionPage = "/CaseReviews/Action";
    private const string ReferralPage = "/Referrals/Details";
    private const string CasePage = "/Applicants/Details";

    /// <summary>The pages the items link to that the viewer may open.</summary>
    private readonly HashSet<string> _openPages = new(StringComparer.Ordinal);

    /// <summary>Whose caseload: empty for the signed-in worker's own, "unit" for the whole scope, or a worker's id.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Worker { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    public DateOnly Today { get; private set; }

    public List<Row> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyDictionary<DueBucket, int> Counts { get; private set; } = new Dictionary<DueBucket, int>();

    public List<SelectListItem> Workers { get; private set; } = [];

    public bool ShowsWholeScope => Worker == "unit";

    /// <summary>The review actions on the list, for their text and owner.</summary>
    public IReadOnlyDictionary<Guid, CaseReviews.OpenActionRow> ActionsById { get; private set; } = new Dictionary<Guid, CaseReviews.OpenActionRow>();

    public string? UserId => db.CurrentUser.UserId;

    /// <summary>Back to this list, as it is filtered and paged, after an action is marked done.</summary>
    public string ReturnUrl => Request.Path + Request.QueryString;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today();
        var user = db.CurrentUser;
        var ownCaseload = User.IsInRole(Roles.SocialWorker);
        Worker ??= ownCaseload ? null : "unit";
        var workerId = Worker switch
        {
            null or "" => user.UserId,
            "unit" => null,
            _ => Worker,
        };

        Workers = user.Scope.UnitId is { } unitId ? await unitWorkers.OptionsAsync(unitId, Worker, cancellationToken) : [];
        var caseload = await facts.ReadAsync(workerId, Today, cancellationToken);
        // A review action is its owner's, whoever's caseload the applicant is in.
        var actions = await reviewActions.ReadAsync(workerId, cancellationToken);
        var names = caseload.ToDictionary(c => c.Facts.ApplicantId, c => c.Name);
        foreach (var action in actions)
        {
            names.TryAdd(action.ApplicantId, action.ApplicantName);
        }

        ActionsById = actions.ToDictionary(a => a.ActionId);
        var items = caseload.SelectMany(c => FollowUpSchedule.DueFor(c.Facts, Today))
            .Concat(FollowUpSchedule.DueFor(actions.Select(a => a.Facts), Today))
            .OrderBy(i => i.DueOn).ThenBy(i => i.ApplicantId).ThenBy(i => i.Kind).ThenBy(i => i.ActionId)
            .ToList();
        Total = items.Count;
        Counts = items.GroupBy(i => i.BucketOn(Today)).ToDictionary(g => g.Key, g => g.Count());

        var cursor = DueListCursor.Decode(After);
        var page = items.Where(i => cursor is null || DueListCursor.Compare(i, cursor) > 0).Take(PageSize + 1).ToList();
        if (page.Count > PageSize)
        {
            var last = page[PageSize - 1];
            NextCursor = new DueListCursor(last.DueOn, last.ApplicantId, last.Kind, last.ActionId).Encode();
            page.RemoveAt(PageSize);
        }

        Rows = page.Select(i => new Row(i, names[i.ApplicantId], i.BucketOn(Today))).ToList();
        // An item links to where it is done only for a viewer that page lets in (a unit head or a manager sees that a
        // monthly check is due, but the social worker writes it).
        foreach (var target in Rows.Select(r => ActionPage(r.Item)).Distinct())
        {
            if (await pageAccess.MayOpenAsync(User, target))
            {
                _openPages.Add(target);
            }
        }

        await audit.WriteShownAsync(AuditAction.DueListViewed, $"{Rows.Count} items shown of {Total}; worker={Worker}", Rows.Select(r => r.Item.ApplicantId), cancellationToken);
    }

    /// <summary>
    /// Where the item is done: the monthly check, a talk, the referral, the review action, or the case page; null
    /// when the viewer may not open that page.
    /// </summary>
    public string? ActionUrl(DueItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (!_openPages.Contains(ActionPage(item)))
        {
            return null;
        }

        return item switch
        {
            { Kind: DueKind.MonthlyCheck, Month: { } month } =>
                Url.Page(MonthlyCheckPage, new { applicantId = item.ApplicantId, month = month.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) }),
            { Kind: DueKind.ThreePartyTalk } => Url.Page(TalkPage, new { applicantId = item.ApplicantId }),
            { Kind: DueKind.ReviewAction, ActionId: { } actionId } => Url.Page(ReviewActionPage, new { actionId, returnUrl = ReturnUrl }),
            { ReferralId: { } referralId } => Url.Page(ReferralPage, new { applicantId = item.ApplicantId, referralId }),
            _ => Url.Page(CasePage, new { applicantId = item.ApplicantId }),
        };
    }

    private static string ActionPage(DueItem item) => item switch
    {
        { Kind: DueKind.MonthlyCheck, Month: not null } => MonthlyCheckPage,
        { Kind: DueKind.ThreePartyTalk } => TalkPage,
        { Kind: DueKind.ReviewAction, ActionId: not null } => ReviewActionPage,
        { ReferralId: not null } => ReferralPage,
        _ => CasePage,
    };

    public sealed record Row(DueItem Item, string ApplicantName, DueBucket Bucket);
}
