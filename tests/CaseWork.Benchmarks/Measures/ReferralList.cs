using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Referrals;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Referrals;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The referral list without filters, first page (<see cref="ReferralQuery.ListPageAsync"/>): the bench user's unit
/// (the social worker), or the district (the manager <c>chef</c>, the manager of the bench unit's district). Raw: the
/// same read as one hand-written statement, the page's ids first as the app reads them, the scope stated once on the applicant.
/// </summary>
public sealed class ReferralList(bool district) : Measure
{
    private const string Page = """
        SELECT r.id, r.applicant_id, a.last_name || ', ' || a.first_name, r.program, c.name, r.sent_on, r.received_on, r.first_visit_on,
               r.job_plan_on, r.closed_on, r.place_granted_on, (SELECT q.position FROM resurs_queue_positions q WHERE q.referral_id = r.id)
        FROM referrals r JOIN applicants a ON a.id = r.applicant_id JOIN job_centres c ON c.id = r.job_centre_id
        WHERE
        """;

    private BenchUser _user = null!;

    public override string Name => district ? "Referral list (district)" : "Referral list (unit)";

    public override string Description => district
        ? "/Referrals as the manager chef, first page: the district's referrals, newest first, with names, Jobbtorg and queue positions (ReferralQuery.ListPageAsync). Raw: the same read."
        : "/Referrals as the bench user, first page: the unit's referrals, newest first, with names, Jobbtorg and queue positions (ReferralQuery.ListPageAsync). Raw: the same read.";

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        _user = district ? await context.UserAsync("chef", cancellationToken) : context.User;
    }

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext(_user);
        return await ReferralQuery.ListPageAsync(db, new ReferralListRead(null, null, false, context.Today, null, null), cancellationToken);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (scope, id) = district ? ("a.district_id", _user.Scope.DistrictId!.Value) : ("a.unit_id", _user.Scope.UnitId!.Value);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var rows = await context.ReadAllAsync(connection, $"""
            {Page} r.id IN (SELECT r0.id FROM referrals r0 JOIN applicants a ON a.id = r0.applicant_id WHERE {scope} = $1 ORDER BY r0.sent_on DESC, r0.id DESC LIMIT $2)
            ORDER BY r.sent_on DESC, r.id DESC
            """, r => new ListedReferral
        {
            Id = r.GetGuid(0),
            ApplicantId = r.GetGuid(1),
            ApplicantName = r.GetString(2),
            Referral = new ApplicantReferrals.Row(
                r.GetGuid(0), r.Enum<ReferralProgram>(3), r.GetString(4), r.GetFieldValue<DateOnly>(5), r.ValueOrNull<DateOnly>(6), r.ValueOrNull<DateOnly>(7),
                r.ValueOrNull<DateOnly>(8), r.ValueOrNull<DateOnly>(9), r.ValueOrNull<DateOnly>(10), r.ValueOrNull<int>(11)),
        }, cancellationToken, id, ReferralQuery.ListPageSize + 1);
        return KeysetPage.Of(
            rows, ReferralQuery.ListPageSize, movingBack: false, cameForward: false, r => new ReferralListCursor(r.Referral.SentOn, r.Id).Encode());
    }

    /// <summary>The rows (whom, which Jobbtorg, status, queue position) and the paging links.</summary>
    public override string Fingerprint(object result)
    {
        var page = (KeysetPage<ListedReferral>)result;
        return $"{string.Join(",", page.Rows.Select(r => $"{r.Id:N}:{r.ApplicantName}:{r.Referral}"))} next={page.NextCursor} previous={page.PreviousCursor}";
    }
}
