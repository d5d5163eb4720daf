using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Access;
using CaseWork.Domain.CaseReviews;
using CaseWork.Web.Pages.CaseReviews;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The reviews page as the bench unit's head sees it (ReviewOverviewQuery): the unit's social workers with their
/// caseloads, last completed and ongoing reviews, the ongoing reviews with their case counts, and the first page of the
/// completed ones. Raw: the same six reads as hand-written SQL.
/// </summary>
public sealed class ReviewsIndex : Measure
{
    private const string ReviewRows = """
        SELECT r.id, r.worker_id, u.display_name, r.review_date, r.completed_on, r.signed_by_name,
               (SELECT count(*)::int FROM case_review_entries e WHERE e.review_id = r.id),
               (SELECT count(*)::int FROM case_review_entries e WHERE e.review_id = r.id AND e.decision IS NOT NULL)
        FROM case_reviews r JOIN "AspNetUsers" u ON u.id = r.worker_id
        WHERE r.unit_id = $1 AND r.status =
        """;

    private const string Ongoing = ReviewRows + " 'Ongoing' ORDER BY r.review_date, r.id";

    private const string Workers = """
        SELECT u.id, u.display_name FROM "AspNetUsers" u
        WHERE u.is_active AND u.unit_id = $1
          AND EXISTS (SELECT 1 FROM "AspNetUserRoles" ur JOIN "AspNetRoles" x ON x.id = ur.role_id WHERE ur.user_id = u.id AND x.name = $2)
        ORDER BY u.display_name, u.id
        """;

    private const string Last = "SELECT worker_id, max(completed_on) FROM case_reviews WHERE unit_id = $1 AND status = 'Completed' GROUP BY worker_id";

    private const string Caseloads = """
        SELECT assigned_worker_id, count(*)::int FROM applicants WHERE unit_id = $1 AND assigned_worker_id = ANY($2) GROUP BY assigned_worker_id
        """;

    private const string CompletedCount = "SELECT count(*)::int FROM case_reviews WHERE unit_id = $1 AND status = 'Completed'";

    private const string Completed = ReviewRows + " 'Completed' ORDER BY r.completed_on DESC, r.id DESC LIMIT $2";

    public override string Name => "Reviews index";

    public override string Description =>
        "/CaseReviews as the bench unit's head: the unit's workers with caseloads and last reviews, the ongoing reviews and " +
        "the first page of the completed ones (ReviewOverviewQuery). Raw: the same six reads as hand-written SQL.";

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext();
        var access = CaseReviewAccess.For([Roles.UnitHead], context.User.Scope, context.User.UserId);
        return await new ReviewOverviewQuery(db, new ReviewWorkersQuery(db)).LoadAsync(access, 1, Web.Pages.CaseReviews.IndexModel.PageSize, cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var ongoing = await context.ReadAllAsync(connection, Ongoing, Row, cancellationToken, context.UnitId);
        var workers = await context.ReadAllAsync(connection, Workers, r => (Id: r.GetString(0), Name: r.GetString(1)), cancellationToken, context.UnitId, Roles.SocialWorker);
        var last = (await context.ReadAllAsync(connection, Last, r => (r.GetString(0), r.ValueOrNull<DateOnly>(1)), cancellationToken, context.UnitId))
            .ToDictionary(x => x.Item1, x => x.Item2);
        var caseloads = (await context.ReadAllAsync(connection, Caseloads, r => (r.GetString(0), r.GetInt32(1)), cancellationToken,
            context.UnitId, workers.Select(w => w.Id).ToArray())).ToDictionary(x => x.Item1, x => x.Item2);
        var completedCount = (await context.ReadAllAsync(connection, CompletedCount, r => r.GetInt32(0), cancellationToken, context.UnitId))[0];
        var completed = await context.ReadAllAsync(connection, Completed, Row, cancellationToken, context.UnitId, Web.Pages.CaseReviews.IndexModel.PageSize);
        var ongoingBy = ongoing.ToDictionary(r => r.WorkerId, r => r.Id);
        var rows = workers.ConvertAll(w => new WorkerRow(
            w.Id, w.Name, caseloads.GetValueOrDefault(w.Id), last.GetValueOrDefault(w.Id), ongoingBy.TryGetValue(w.Id, out var id) ? id : null));
        return new ReviewOverview(rows, ongoing, completed, completedCount, 1);
    }

    public override string Fingerprint(object result)
    {
        var overview = (ReviewOverview)result;
        return string.Join("; ", overview.Workers) + " | " + string.Join("; ", overview.Ongoing) + " | " + overview.CompletedCount + " | " +
            string.Join("; ", overview.Completed);
    }

    private static ReviewRow Row(NpgsqlDataReader r) => new(
        r.GetGuid(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateOnly>(3), r.ValueOrNull<DateOnly>(4), r.StringOrNull(5), r.GetInt32(6), r.GetInt32(7));
}
