namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The register's reads: 50 a page, keyset-paged by name or personnummer, one query for a page and its case facts
/// and, when filtered, one count. Kept apart from the page so that the benchmarks run the very same queries.
/// </summary>
public static class ApplicantListQuery
{
    public const int PageSize = 50;

    /// <summary>
    /// The signals the list shows: those that ask for action on the case now. What a plan's text lacks, and a missing
    /// investigation, are shown on the case page only; on every row they drowned the ones that matter.
    /// </summary>
    public static IReadOnlySet<PlanQualitySignal> ListSignals { get; } = new HashSet<PlanQualitySignal>
    {
        PlanQualitySignal.NoActivePlanWhileReceivingAid,
        PlanQualitySignal.FollowUpOverdue,
        PlanQualitySignal.PlanExpired,
    };

    public static async Task<ApplicantListPage> LoadAsync(
        CaseWorkDbContext db, PlanQualityRules quality, ApplicantListRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(quality);
        ArgumentNullException.ThrowIfNull(request);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var paid = LongTermAidRule.PaidBetween(from, to);
        var userId = db.CurrentUser.UserId;

        var query = ApplicantSearch.Apply(db.Applicants.AsNoTracking(), request.Query, today);
        if (request.Mine)
        {
            query = query.Where(a => a.AssignedWorkerId == userId);
        }

        if (request.LongTerm)
        {
            query = query.Where(a => a.AidMonths.AsQueryable().Count(paid)
                >= LongTermAidRule.ThresholdMonths);
        }

        // The page's reads on one connection, taken from the pool once: EF Core otherwise takes it and gives it back (to
        // be reset before its next use) around each query.
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadPageAsync(db, quality, request, query, today, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<ApplicantListPage> ReadPageAsync(
        CaseWorkDbContext db, PlanQualityRules quality, ApplicantListRequest request, IQueryable<Applicant> query, DateOnly today, CancellationToken cancellationToken)
    {
        // Counted only when filtered: a search or "Mina ärenden" matches few enough rows to count on every page, while
        // counting a whole district's register on every page would cost more than the page itself.
        int? total = request.IsFiltered ? await query.CountAsync(cancellationToken) : null;

        var position = KeysetPosition.Read(request.After, request.Before, c => ApplicantListCursor.Decode(c, request.Sort));
        var ordered = InOrder(query, request.Sort, position.After, position.Before);
        // The page and its case facts in one statement: the facts are subqueries over the page (Take), so they are
        // computed for its 51 rows only, however many a search matches before it is sorted.
        var read = await db.WithCaseFacts(ordered.Take(PageSize + 1), today)
            .Select(c => new
            {
                Row = new ApplicantListRow(
                    c.Applicant.Id,
                    c.Applicant.PersonalIdentityNumber,
                    c.Applicant.FirstName,
                    c.Applicant.LastName,
                    c.Applicant.Reason,
                    c.Applicant.HasProtectedIdentity,
                    db.Users.Where(u => u.Id == c.Applicant.AssignedWorkerId).Select(u => u.DisplayName).FirstOrDefault()),
                Facts = new ApplicantCaseFacts
                {
                    // What the list's signals read: the active plan's version number is left out, and with it its subquery.
                    Id = c.Facts.Id,
                    AidMonthsInWindow = c.Facts.AidMonthsInWindow,
                    ReceivingAid = c.Facts.ReceivingAid,
                    ActivePlanContent = c.Facts.ActivePlanContent,
                    NextFollowUpOn = c.Facts.NextFollowUpOn,
                    HasSignedInvestigation = c.Facts.HasSignedInvestigation,
                },
            })
            .ToListAsync(cancellationToken);
        var rows = read.Select(r => r.Row with
        {
            AidMonthsInWindow = r.Facts.AidMonthsInWindow,
            Signals = r.Facts.Signals(quality, today).Where(ListSignals.Contains).ToList(),
        }).ToList();

        var page = KeysetPage.Of(
            rows, PageSize, position, r => new ApplicantListCursor(request.Sort, r.LastName, r.FirstName, r.PinDigits, r.Id).Encode());
        return new ApplicantListPage(page.Rows, page.NextCursor, page.PreviousCursor, total);
    }

    /// <summary>
    /// The rows beyond the cursor in the order of travel: forward from "after", back from "before" (read in reverse). Each
    /// order walks an index of its own: (unit or district, last name, first name, id) and (unit or district, personnummer).
    /// </summary>
    private static IQueryable<Applicant> InOrder(IQueryable<Applicant> query, ApplicantSort sort, ApplicantListCursor? after, ApplicantListCursor? before)
    {
        var descending = sort is ApplicantSort.NameDescending or ApplicantSort.PinDescending;
        var cursor = after ?? before;
        var beyondIsGreater = (after is not null) != descending;
        var readAscending = (before is null) != descending;
        if (sort is ApplicantSort.Pin or ApplicantSort.PinDescending)
        {
            if (cursor is not null)
            {
                query = beyondIsGreater
                    ? query.Where(a => EF.Functions.GreaterThan(ValueTuple.Create(a.PersonalIdentityNumber, a.Id), ValueTuple.Create(cursor.Pin, cursor.Id)))
                    : query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.PersonalIdentityNumber, a.Id), ValueTuple.Create(cursor.Pin, cursor.Id)));
            }

            return readAscending
                ? query.OrderBy(a => a.PersonalIdentityNumber).ThenBy(a => a.Id)
                : query.OrderByDescending(a => a.PersonalIdentityNumber).ThenByDescending(a => a.Id);
        }

        if (cursor is not null)
        {
            query = beyondIsGreater
                ? query.Where(a => EF.Functions.GreaterThan(
                    ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(cursor.LastName, cursor.FirstName, cursor.Id)))
                : query.Where(a => EF.Functions.LessThan(
                    ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(cursor.LastName, cursor.FirstName, cursor.Id)));
        }

        return readAscending
            ? query.OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.LastName).ThenByDescending(a => a.FirstName).ThenByDescending(a => a.Id);
    }
}

/// <summary>What the list was asked for: the search box, the two filters, the order, and the keyset cursor of either direction.</summary>
public sealed record ApplicantListRequest(string? Query, bool Mine, bool LongTerm, string? After, string? Before, ApplicantSort Sort = ApplicantSort.Name)
{
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Query) || Mine || LongTerm;
}

/// <param name="Total">How many the filter matches, counted only when the list is filtered.</param>
public sealed record ApplicantListPage(IReadOnlyList<ApplicantListRow> Rows, string? NextCursor, string? PreviousCursor, int? Total = null);

public sealed record ApplicantListRow(
    Guid Id,
    string PinDigits,
    string FirstName,
    string LastName,
    AidReason Reason,
    bool HasProtectedIdentity,
    string? AssignedWorker)
{
    public int AidMonthsInWindow { get; init; }

    public IReadOnlyList<PlanQualitySignal> Signals { get; init; } = [];

    public string Pin => PersonalIdentityNumber.FromStored(PinDigits).ToString();

    public bool IsLongTerm => AidMonthsInWindow >= LongTermAidRule.ThresholdMonths;
}
