using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Due;
using CaseWork.Infrastructure.Due;
using CaseWork.Web.Pages.CaseReviews;
using CaseWork.Web.Pages.Due;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The unit's "Att göra" filtered to the monthly checks, first page (the unit head's view, the largest there is), as
/// ADR 0019 reads it: the open review actions, the counts per kind and bucket from <c>due_items</c>, the first 51
/// monthly checks by keyset, and the names of the page's applicants (DueListQuery.ReadAsync). Raw: the same four reads
/// as hand-written SQL.
/// </summary>
public sealed class DueList : Measure
{
    private const string Actions = """
        SELECT x.id, x.applicant_id, x.due_on FROM review_actions x
        JOIN applicants a ON a.id = x.applicant_id JOIN case_reviews r ON r.id = x.review_id
        WHERE a.unit_id = $1 AND x.done_at IS NULL AND r.status = 'Completed'
        """;

    // What is shown today: a monthly check of this month or the last ($3, $4), anything else within the horizon ($2).
    private const string Counts = """
        SELECT kind, due_on < $5 AS overdue, due_on <= $6 AS this_week, count(*)::int FROM due_items
        WHERE unit_id = $1 AND due_on <= $2 AND (kind <> 0 OR (due_on >= $3 AND due_on <= $4))
        GROUP BY 1, 2, 3
        """;

    private const string Page = """
        SELECT applicant_id, kind, due_on, month, referral_id FROM due_items
        WHERE unit_id = $1 AND due_on <= $2 AND due_on >= $3 AND due_on <= $4 AND kind = 0
        ORDER BY due_on, applicant_id, kind
        LIMIT 51
        """;

    private const string Names = "SELECT id, first_name, last_name FROM applicants WHERE unit_id = $1 AND id = ANY($2)";

    public override string Name => "Due list";

    public override string Description =>
        "/Due?worker=unit&kind=MonthlyCheck for the bench user's unit, first page: the open review actions, the counts per kind " +
        "and bucket and a keyset page of 51 from due_items, the page's names (DueListQuery.ReadAsync). Raw: the same four reads.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var list = await new DueListQuery(db, new OpenReviewActionsQuery(db))
            .ReadAsync(null, context.Today, new DueListRead(DueGroup.MonthlyCheck, Take: 51, Counts: true), cancellationToken);
        return new Shown(
            list.Counts.ToDictionary(c => c.Key, c => c.Value),
            list.Items.Select(i => (i, list.Applicants[i.ApplicantId].Name)).ToList());
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        var today = context.Today;
        var (from, to) = DueEntry.MonthlyCheckDueRange(today);
        var horizon = today.AddDays(FollowUpSchedule.HorizonDays);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var actions = await ReadAsync(context, connection, Actions, r => new OpenReviewAction(r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<DateOnly>(2)), cancellationToken);
        var counted = await ReadAsync(context, connection, Counts, r => (Kind: (DueKind)r.GetInt16(0), Overdue: r.GetBoolean(1), ThisWeek: r.GetBoolean(2), Count: r.GetInt32(3)),
            cancellationToken, horizon, from, to, today, FollowUpSchedule.EndOfWeek(today));
        var page = await ReadAsync(context, connection, Page, r => new DueItem(
            r.GetGuid(0), (DueKind)r.GetInt16(1), r.GetFieldValue<DateOnly>(2), r.IsDBNull(3) ? null : r.GetFieldValue<DateOnly>(3), r.IsDBNull(4) ? null : r.GetGuid(4)),
            cancellationToken, horizon, from, to);
        var ids = page.Select(i => i.ApplicantId).Distinct().ToArray();
        var names = (await ReadAsync(context, connection, Names, r => (Id: r.GetGuid(0), Name: ApplicantDisplayName.Of(r.GetString(1), r.GetString(2))),
            cancellationToken, new NpgsqlParameter { Value = ids, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Uuid })).ToDictionary(n => n.Id, n => n.Name);

        var counts = new Dictionary<(DueGroup, DueBucket), int>();
        foreach (var c in counted)
        {
            var key = (c.Kind.GroupOf(), c.Overdue ? DueBucket.Overdue : c.ThisWeek ? DueBucket.ThisWeek : DueBucket.Later);
            counts[key] = counts.GetValueOrDefault(key) + c.Count;
        }

        foreach (var item in FollowUpSchedule.DueFor(actions, today))
        {
            var key = (item.Kind.GroupOf(), item.BucketOn(today));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return new Shown(counts, page.Select(i => (i, names[i.ApplicantId])).ToList());
    }

    /// <summary>The counts of each group and bucket, and the page's items with their names.</summary>
    public override string Fingerprint(object result)
    {
        var shown = (Shown)result;
        var counts = string.Join(",", shown.Counts.OrderBy(c => c.Key).Select(c => $"{c.Key.Item1}/{c.Key.Item2}={c.Value}"));
        return $"{counts}; {string.Join(",", shown.Rows.Select(r => $"{r.Item.ApplicantId:N}:{r.Item.Kind}:{r.Item.DueOn:O}:{r.Name}"))}";
    }

    private sealed record Shown(Dictionary<(DueGroup, DueBucket), int> Counts, List<(DueItem Item, string Name)> Rows);

    /// <summary>The unit's rows of one raw read: the unit is every query's first parameter.</summary>
    private static Task<List<T>> ReadAsync<T>(
        BenchContext context, NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] more) =>
        context.ReadAllAsync(connection, sql, read, cancellationToken, [context.UnitId, .. more]);
}
