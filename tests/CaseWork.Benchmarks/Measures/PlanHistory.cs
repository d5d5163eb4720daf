using CaseWork.Benchmarks.Harness;
using CaseWork.Web.Pages.WorkPlans;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// A plan's history (/Applicants/{id}/WorkPlans/{planId}/History) for a plan of the unit with several versions, a
/// different one each iteration: <see cref="PlanQuery.PlanHistoryAsync"/>, every version with its author's name and
/// the follow-up talk that led to it. Raw: the same read as one hand-written statement.
/// </summary>
public sealed class PlanHistory : Measure
{
    private const string Versions = """
        SELECT v.number, v.created_at, coalesce((SELECT u.display_name FROM "AspNetUsers" u WHERE u.user_name = v.created_by LIMIT 1), v.created_by),
               v.reason, v.caused_by_follow_up_id, t.kind, t.held_on, v.content ->> 'ValidFrom', v.content ->> 'ValidTo',
               v.participant_applicant, v.participant_social_worker, v.participant_coach, v.participant_others
        FROM work_plan_versions v
        JOIN work_plans p ON p.id = v.work_plan_id JOIN applicants a ON a.id = p.applicant_id
        LEFT JOIN follow_up_talks t ON t.id = v.caused_by_follow_up_id
        WHERE v.work_plan_id = $1 AND p.applicant_id = $2 AND a.unit_id = $3
        ORDER BY v.number DESC
        """;

    private List<(Guid Applicant, Guid Plan)> _plans = [];

    public override string Name => "Plan history";

    public override string Description =>
        "/Applicants/{id}/WorkPlans/{planId}/History for a plan of the unit with two or more versions, a different one each iteration " +
        "(PlanQuery.PlanHistoryAsync). Raw: the same read.";

    /// <summary>200 plans of the unit with several versions, the same ones every run.</summary>
    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.DataSource.CreateCommand("""
            SELECT p.applicant_id, p.id FROM work_plans p JOIN applicants a ON a.id = p.applicant_id
            WHERE a.unit_id = $1 AND (SELECT count(*) FROM work_plan_versions v WHERE v.work_plan_id = p.id) > 1
            ORDER BY md5(p.id::text) LIMIT 200
            """);
        command.Parameters.AddWithValue(context.UnitId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            _plans.Add((reader.GetGuid(0), reader.GetGuid(1)));
        }
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (applicant, plan) = _plans[iteration % _plans.Count];
        await using var db = context.NewDbContext();
        return (await db.PlanHistoryAsync(applicant, plan, cancellationToken))
            .ConvertAll(v => Line(v.Number, v.CreatedAt, v.CreatedBy, v.Reason, v.CausedByFollowUpId, v.Cause?.Kind.ToString(), v.Cause?.HeldOn,
                v.Period.From, v.Period.To, $"{v.Participants.Applicant}/{v.Participants.SocialWorker}/{v.Participants.Coach}/{v.Participants.Others}"));
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (applicant, plan) = _plans[iteration % _plans.Count];
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        return await context.ReadAllAsync(connection, Versions, r => Line(
            r.GetInt32(0), r.GetFieldValue<DateTimeOffset>(1), r.GetString(2), r.StringOrNull(3), r.ValueOrNull<Guid>(4), r.StringOrNull(5),
            r.ValueOrNull<DateOnly>(6), DateOnly.Parse(r.GetString(7), System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(r.GetString(8), System.Globalization.CultureInfo.InvariantCulture),
            $"{r.GetBoolean(9)}/{r.GetBoolean(10)}/{r.GetBoolean(11)}/{r.StringOrNull(12)}"), cancellationToken, plan, applicant, context.UnitId);
    }

    /// <summary>The versions as the page lists them.</summary>
    public override string Fingerprint(object result) => string.Join("\n", (List<string>)result);

    private static string Line(
        int number, DateTimeOffset createdAt, string createdBy, string? reason, Guid? cause, string? causeKind, DateOnly? causeHeldOn, DateOnly from, DateOnly to,
        string participants) =>
        $"{number}:{createdAt.ToUniversalTime():O}:{createdBy}:{reason}:{cause}:{causeKind}:{causeHeldOn}:{from:O}-{to:O}:{participants}";
}
