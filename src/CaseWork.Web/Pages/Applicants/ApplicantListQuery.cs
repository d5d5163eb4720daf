namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The register's reads: 50 a page, keyset-paged in (last name, first name, id) order, one query a page and one for
/// the page's case facts. Kept apart from the page so that the benchmarks run the very same queries.
/// </summary>
public static class ApplicantListQuery
{
    public const int PageSize = 50;

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

        var after = ApplicantListCursor.Decode(request.After);
        var before = after is null ? ApplicantListCursor.Decode(request.Before) : null;
        if (after is not null)
        {
            query = query.Where(a => EF.Functions.GreaterThan(
                ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(after.LastName, after.FirstName, after.Id)));
        }
        else if (before is not null)
        {
            query = query.Where(a => EF.Functions.LessThan(
                ValueTuple.Create(a.LastName, a.FirstName, a.Id), ValueTuple.Create(before.LastName, before.FirstName, before.Id)));
        }

        var ordered = before is null
            ? query.OrderBy(a => a.LastName).ThenBy(a => a.FirstName).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.LastName).ThenByDescending(a => a.FirstName).ThenByDescending(a => a.Id);

        var rows = await ordered
            .Take(PageSize + 1)
            .Select(a => new ApplicantListRow(
                a.Id,
                a.PersonalIdentityNumber,
                a.FirstName,
                a.LastName,
                a.Reason,
                a.HasProtectedIdentity,
                db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.DisplayName).FirstOrDefault()))
            .ToListAsync(cancellationToken);

        var page = KeysetPage.Of(
            rows, PageSize, movingBack: before is not null, cameForward: after is not null, r => new ApplicantListCursor(r.LastName, r.FirstName, r.Id).Encode());
        return new ApplicantListPage(await WithCaseFactsAsync(db, quality, page.Rows, today, cancellationToken), page.NextCursor, page.PreviousCursor);
    }

    /// <summary>
    /// The case facts of the page's rows, in one more query keyed by their ids: computed for 50 rows, not for every row
    /// a search matches before it is sorted.
    /// </summary>
    private static async Task<List<ApplicantListRow>> WithCaseFactsAsync(
        CaseWorkDbContext db, PlanQualityRules quality, List<ApplicantListRow> rows, DateOnly today, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return rows;
        }

        var ids = rows.Select(r => r.Id).ToList();
        var facts = await db.CaseFacts(db.Applicants.AsNoTracking().Where(a => ids.Contains(a.Id)), today)
            .ToDictionaryAsync(f => f.Id, cancellationToken);
        return rows.Select(r => facts.TryGetValue(r.Id, out var f)
            ? r with { AidMonthsInWindow = f.AidMonthsInWindow, Signals = f.Signals(quality, today) }
            : r).ToList();
    }
}

/// <summary>What the list was asked for: the search box, the two filters, and the keyset cursor of either direction.</summary>
public sealed record ApplicantListRequest(string? Query, bool Mine, bool LongTerm, string? After, string? Before);

public sealed record ApplicantListPage(IReadOnlyList<ApplicantListRow> Rows, string? NextCursor, string? PreviousCursor);

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
