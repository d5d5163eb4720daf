using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Jobbtorg;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The Jobbtorg coach's participant list, first page without filter or search (the open referrals of the coach's
/// Jobbtorg, newest first), as <see cref="CoachParticipantQuery.PageAsync"/> reads it for the coach of the bench
/// district's Jobbtorg. Raw: the same read as one hand-written statement.
/// </summary>
public sealed class CoachParticipants : Measure
{
    private const string Page = """
        SELECT r.id, a.first_name, a.last_name, r.program, r.sent_on, r.received_on, r.first_visit_on, r.job_plan_on, r.job_plan_due_on,
               r.deeper_job_plan_on, r.joint_follow_up_on, r.closed_on, r.place_granted_on
        FROM referrals r JOIN applicants a ON a.id = r.applicant_id
        WHERE r.job_centre_id = $1 AND r.closed_on IS NULL
        ORDER BY r.sent_on DESC, r.id DESC
        LIMIT $2
        """;

    private BenchUser _coach = null!;

    public override string Name => "Coach's participants";

    public override string Description =>
        "/Jobbtorg as the coach of the bench district's Jobbtorg, first page: the open referrals of their Jobbtorg with the participants' names, " +
        "newest first (CoachParticipantQuery.PageAsync). Raw: the same read.";

    /// <summary>The coach of the Jobbtorg that the bench user's district sends its referrals to.</summary>
    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var command = context.DataSource.CreateCommand("""
            SELECT c.user_name FROM "AspNetUsers" c JOIN "AspNetUsers" u ON u.user_name = $1
            WHERE c.job_centre_id = (SELECT job_centre_id FROM referrals WHERE district_id = u.district_id GROUP BY 1 ORDER BY count(*) DESC LIMIT 1)
            ORDER BY c.user_name LIMIT 1
            """);
        command.Parameters.AddWithValue(context.User.UserName);
        var coach = await command.ExecuteScalarAsync(cancellationToken) as string
            ?? throw new InvalidOperationException("No coach at the Jobbtorg of the bench user's district.");
        _coach = await context.UserAsync(coach, cancellationToken);
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext(_coach);
        return (await new CoachParticipantQuery(db).PageAsync(null, false, null, context.Today, null, Web.Pages.Jobbtorg.IndexModel.PageSize, cancellationToken))
            .Select(Line);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var rows = await context.ReadAllAsync(connection, Page, r => new CoachParticipantRow
        {
            ReferralId = r.GetGuid(0),
            FirstName = r.GetString(1),
            LastName = r.GetString(2),
            Program = r.Enum<ReferralProgram>(3),
            SentOn = r.GetFieldValue<DateOnly>(4),
            ReceivedOn = r.ValueOrNull<DateOnly>(5),
            FirstVisitOn = r.ValueOrNull<DateOnly>(6),
            JobPlanOn = r.ValueOrNull<DateOnly>(7),
            JobPlanDueOn = r.ValueOrNull<DateOnly>(8),
            DeeperJobPlanOn = r.ValueOrNull<DateOnly>(9),
            JointFollowUpOn = r.ValueOrNull<DateOnly>(10),
            ClosedOn = r.ValueOrNull<DateOnly>(11),
            PlaceGrantedOn = r.ValueOrNull<DateOnly>(12),
        }, cancellationToken, _coach.Scope.JobCentreId!.Value, Web.Pages.Jobbtorg.IndexModel.PageSize + 1);
        return KeysetPage.Of(rows, Web.Pages.Jobbtorg.IndexModel.PageSize, movingBack: false, cameForward: false,
            p => new ParticipantListCursor(p.ClosedOn is not null, p.SentOn, p.ReferralId).Encode()).Select(Line);
    }

    /// <summary>The rows as the list shows them (name, status, next deadline) and the next page's cursor.</summary>
    public override string Fingerprint(object result)
    {
        var page = (KeysetPage<string>)result;
        return $"{string.Join(",", page.Rows)} next={page.NextCursor}";
    }

    private static string Line(CoachParticipantRow p) =>
        $"{p.ReferralId:N}:{p.LastName}, {p.FirstName}:{p.Program}:{p.Status}:{p.SentOn:O}:{p.NextDeadline}";
}
