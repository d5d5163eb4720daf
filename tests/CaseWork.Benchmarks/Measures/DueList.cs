using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Due;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Pages.CaseReviews;
using CaseWork.Web.Pages.Due;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The unit's "Att göra" (the unit head's view, the largest there is): the schedule's facts and the open review
/// actions read set-based (DueListQuery: six flat reads and the names, whatever the unit's size), the rules run in
/// memory, filtered to the monthly checks as the monthly round reads them. Raw: the same six reads as hand-written
/// SQL, the same rules.
/// </summary>
public sealed class DueList : Measure
{
    private const string Aid = $"""
        SELECT m.applicant_id, m.month FROM aid_months m JOIN applicants a ON a.id = m.applicant_id
        WHERE a.unit_id = $1 AND m.month >= $2 AND m.month <= $3 AND m.decision IN {AidPaidSql.Decisions}
        """;

    private const string Checks = """
        SELECT c.applicant_id, c.month FROM monthly_checks c JOIN applicants a ON a.id = c.applicant_id
        WHERE a.unit_id = $1 AND c.month >= $2
        """;

    private const string Plans = """
        SELECT p.applicant_id, p.next_follow_up_on FROM work_plans p JOIN applicants a ON a.id = p.applicant_id
        WHERE a.unit_id = $1 AND p.status = 'Active'
        """;

    private const string Talks = """
        SELECT t.applicant_id, max(t.held_on) FROM follow_up_talks t JOIN applicants a ON a.id = t.applicant_id
        WHERE a.unit_id = $1 GROUP BY t.applicant_id
        """;

    private const string Referrals = """
        SELECT r.applicant_id, r.id, r.first_visit_on, r.job_plan_on, r.deeper_job_plan_on, r.joint_follow_up_on,
               CASE WHEN r.place_granted_from_queue AND r.place_notice_acknowledged_at IS NULL THEN r.place_granted_on END
        FROM referrals r JOIN applicants a ON a.id = r.applicant_id
        WHERE a.unit_id = $1 AND r.closed_on IS NULL
        ORDER BY r.sent_on
        """;

    private const string Actions = """
        SELECT x.id, x.applicant_id, x.due_on FROM review_actions x
        JOIN applicants a ON a.id = x.applicant_id JOIN case_reviews r ON r.id = x.review_id
        WHERE a.unit_id = $1 AND x.done_at IS NULL AND r.status = 'Completed'
        """;

    public override string Name => "Due list";

    public override string Description =>
        "/Due?worker=unit&kind=MonthlyCheck for the bench user's unit: the schedule's facts and the open review actions " +
        "(DueListQuery.ReadAsync, a bounded number of set-based reads), the rules, the monthly checks in the list's order. " +
        "Raw: the same reads as hand-written SQL and the same rules.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        await using var db = context.NewDbContext();
        var list = await new DueListQuery(new DueFactsQuery(db), new OpenReviewActionsQuery(db)).ReadAsync(null, context.Today, cancellationToken);
        return list.Items;
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        var today = context.Today;
        var current = new DateOnly(today.Year, today.Month, 1);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var aid = await ReadAsync(context, connection, Aid, r => (r.GetGuid(0), r.GetFieldValue<DateOnly>(1)), cancellationToken, current.AddMonths(-2), current);
        var checks = await ReadAsync(context, connection, Checks, r => (r.GetGuid(0), r.GetFieldValue<DateOnly>(1)), cancellationToken, current.AddMonths(-1));
        var plans = await ReadAsync(context, connection, Plans, r => (r.GetGuid(0), r.IsDBNull(1) ? (DateOnly?)null : r.GetFieldValue<DateOnly>(1)), cancellationToken);
        var talks = await ReadAsync(context, connection, Talks, r => (r.GetGuid(0), r.GetFieldValue<DateOnly>(1)), cancellationToken);
        var referrals = await ReadAsync(context, connection, Referrals, r => (r.GetGuid(0), new OpenReferralFacts(
            r.GetGuid(1), Date(r, 2), Date(r, 3), Date(r, 4), Date(r, 5), Date(r, 6))), cancellationToken);
        var actions = await ReadAsync(context, connection, Actions, r => new OpenReviewAction(r.GetGuid(0), r.GetGuid(1), r.GetFieldValue<DateOnly>(2)), cancellationToken);

        var aidBy = aid.ToLookup(x => x.Item1, x => x.Item2);
        var checksBy = checks.ToLookup(x => x.Item1, x => x.Item2);
        var planBy = plans.ToDictionary(x => x.Item1, x => x.Item2);
        var talkBy = talks.ToDictionary(x => x.Item1, x => x.Item2);
        var referralBy = referrals.GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Last().Item2);
        var ids = aidBy.Select(g => g.Key).Concat(planBy.Keys).Concat(referralBy.Keys).Distinct();
        return ids
            .SelectMany(id => FollowUpSchedule.DueFor(
                new CaseFacts(id, aidBy[id].ToList(), checksBy[id].ToList(), planBy.GetValueOrDefault(id), referralBy.GetValueOrDefault(id), talkBy.TryGetValue(id, out var talk) ? talk : null),
                today))
            .Concat(FollowUpSchedule.DueFor(actions, today))
            .OrderBy(i => i.DueOn).ThenBy(i => i.ApplicantId).ThenBy(i => i.Kind).ThenBy(i => i.ActionId)
            .ToList();
    }

    /// <summary>How many items of each group, and the first monthly check: what the list and the round start from.</summary>
    public override string Fingerprint(object result)
    {
        var items = (IReadOnlyList<DueItem>)result;
        var groups = string.Join(",", items.GroupBy(i => i.Kind.GroupOf()).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Count()}"));
        return $"{groups}; first check {items.FirstOrDefault(i => i.Kind == DueKind.MonthlyCheck)?.ApplicantId}";
    }

    private static DateOnly? Date(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    private static async Task<List<T>> ReadAsync<T>(
        BenchContext context, NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] more)
    {
        await using var command = context.Command(connection, sql);
        command.Parameters.AddWithValue(context.UnitId);
        foreach (var value in more)
        {
            command.Parameters.AddWithValue(value);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
