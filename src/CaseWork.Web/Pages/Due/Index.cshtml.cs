namespace CaseWork.Web.Pages.Due;

/// <summary>
/// "Att göra": the bevakningar of a caseload (a unit head: the unit's, or one worker's) by due date, filtered by
/// group, keyset-paged both ways with the filter and the position in the URL; from the monthly checks, the monthly
/// round.
/// </summary>
[Authorize(Policy = Policies.ReadCases)]
public class IndexModel(
    CaseWorkDbContext db, AuditLog audit, TimeProvider clock,
    DueListQuery dueList, Applicants.UnitWorkersQuery unitWorkers, PageAccess pageAccess)
    : KeysetListPageModel<IndexModel.Row>
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

    /// <summary>Which group of items (<see cref="DueGroup"/> by name); anything else shows them all.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    public DueListFilter Filter { get; private set; } = new(null, null);

    public DateOnly Today { get; private set; }

    /// <summary>Items on the list as filtered.</summary>
    public int Total { get; private set; }

    public IReadOnlyDictionary<DueBucket, int> Counts { get; private set; } = new Dictionary<DueBucket, int>();

    /// <summary>Items of each group on the caseload, whatever group is shown.</summary>
    public IReadOnlyDictionary<DueGroup, int> GroupCounts { get; private set; } = new Dictionary<DueGroup, int>();

    public int AllCount { get; private set; }

    public List<SelectListItem> Workers { get; private set; } = [];

    public bool ShowsWholeScope => Filter.ShowsWholeScope;

    /// <summary>The first monthly check on the list as filtered: where the monthly round starts.</summary>
    public string? RoundStartUrl { get; private set; }

    /// <summary>The review actions on the list, for their text and owner.</summary>
    public IReadOnlyDictionary<Guid, CaseReviews.OpenActionRow> ActionsById { get; private set; } = new Dictionary<Guid, CaseReviews.OpenActionRow>();

    public string? UserId => db.CurrentUser.UserId;

    /// <summary>Back to this list, as it is filtered and paged, after an action is marked done.</summary>
    public string ReturnUrl => Request.Path + Request.QueryString;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Today = clock.Today();
        var user = db.CurrentUser;
        Filter = DueListFilter.Read(Worker, Kind);
        if (Filter.Worker is null && !User.IsInRole(Roles.SocialWorker))
        {
            Filter = Filter with { Worker = DueListFilter.WholeUnit };
        }

        Worker = Filter.Worker;
        Kind = Filter.Kind?.ToString();
        var workerId = Filter.WorkerIdFor(user.UserId);
        Workers = user.Scope.UnitId is { } unitId ? await unitWorkers.OptionsAsync(unitId, Worker, cancellationToken) : [];
        var position = KeysetPosition.Read(After, Before, DueListCursor.Decode);
        var list = await dueList.ReadAsync(workerId, Today, new DueListRead(Filter.Kind, position.After, position.Before, PageSize + 1, Counts: true), cancellationToken);
        ActionsById = list.ActionsById;
        AllCount = list.Counts.Values.Sum();
        GroupCounts = list.Counts.GroupBy(c => c.Key.Group).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var shown = list.Counts.Where(c => Filter.Kind is not { } kind || c.Key.Group == kind).ToList();
        Total = shown.Sum(c => c.Value);
        Counts = shown.GroupBy(c => c.Key.Bucket).ToDictionary(g => g.Key, g => g.Sum(c => c.Value));
        var page = KeysetPage.Of(list.Items.ToList(), PageSize, position, i => DueListCursor.Of(i).Encode());

        var workerNames = ShowsWholeScope ? await WorkerNamesAsync(page.Rows.Select(list.WorkerIdOf), cancellationToken) : new Dictionary<string, string>();
        Show(page.Select(i => new Row(
            i,
            list.Applicants[i.ApplicantId].Name,
            i.BucketOn(Today),
            list.WorkerIdOf(i) is { } id ? workerNames.GetValueOrDefault(id) : null)));
        // An item links to where it is done only for a viewer that page lets in (a unit head or a manager sees that a
        // monthly check is due, but the social worker writes it).
        foreach (var target in Rows.Select(r => ActionPage(r.Item)).Append(MonthlyCheckPage).Distinct())
        {
            if (await pageAccess.MayOpenAsync(User, target))
            {
                _openPages.Add(target);
            }
        }

        // The round starts at the list's first check: on the first page that is the page's first row.
        var first = Filter.Kind != DueGroup.MonthlyCheck ? null
            : position.IsFirstPage ? list.First
            : (await dueList.ReadAsync(workerId, Today, new DueListRead(DueGroup.MonthlyCheck), cancellationToken)).First;
        if (first is not null)
        {
            RoundStartUrl = ActionUrl(first);
        }

        await audit.WriteShownAsync(AuditAction.DueListViewed, $"{Rows.Count} items shown of {Total}; worker={Worker}; kind={Kind}", Rows.Select(r => r.Item.ApplicantId), cancellationToken);
    }

    /// <summary>This list with another group (the counts' links) or at another position (paging), the rest kept.</summary>
    public string? ListUrl(DueGroup? kind, string? after = null, string? before = null)
    {
        var values = Filter.WithKind(kind).RouteValues();
        values["after"] = after;
        values["before"] = before;
        return Url.Page("/Due/Index", values);
    }

    private async Task<Dictionary<string, string>> WorkerNamesAsync(IEnumerable<string?> workerIds, CancellationToken cancellationToken)
    {
        var ids = workerIds.OfType<string>().Distinct().ToList();
        return ids.Count == 0
            ? new Dictionary<string, string>()
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
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
            { Kind: DueKind.MonthlyCheck, Month: { } month } => Url.Page(MonthlyCheckPage, DueListOrigin.Of(Filter, After, Before).CheckValues(item.ApplicantId, FormValues.FormatMonth(month))),
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

    /// <param name="WorkerName">Whose item it is, in the whole unit's list.</param>
    public sealed record Row(DueItem Item, string ApplicantName, DueBucket Bucket, string? WorkerName);
}
