using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Indicators;

/// <summary>What a dashboard reads for one area and range of months, besides what it computes.</summary>
public sealed record IndicatorReportInputs(
    AreaCounts Counts,
    IReadOnlyList<DistrictTarget> Targets,
    IReadOnlyList<DistrictAdults> Populations,
    IReadOnlyList<(int Id, string Name)> InterventionTypes,
    int? ResursPlaces,
    string AreaName,
    SummaryRefresh? LatestRefresh);

/// <summary>
/// The dashboard's nine small reads (the three summary tables, the targets, the populations, the intervention names,
/// the Resurs places, the area's name and the last refresh) as one statement that returns their rows as one JSON
/// document: one round trip instead of nine, each of which cost EF Core's fixed half millisecond (issue 17). The sums
/// are <see cref="IndicatorCountsQuery"/>'s, stated in SQL; a test compares the two reads.
/// </summary>
public static class IndicatorReportRead
{
    private const string Sql = """
        SELECT json_build_object(
            'aid', (SELECT coalesce(json_agg(s), '[]') FROM (
                SELECT month, reason, sum(households_paid) AS households_paid, sum(adults_paid) AS adults_paid,
                       sum(households_aid12) AS households_aid12, sum(adults_aid12) AS adults_aid12,
                       sum(households_long_term12) AS households_long_term12, sum(adults_long_term12) AS adults_long_term12,
                       sum(households_check_on_time) AS households_check_on_time, sum(households_current_plan) AS households_current_plan
                FROM indicator_aid_months
                WHERE district_id = @district AND (@unit IS NULL OR unit_id = @unit) AND month BETWEEN @from AND @to
                GROUP BY month, reason) s),
            'referrals', (SELECT coalesce(json_agg(s), '[]') FROM (
                SELECT month, sum(enrolled) AS enrolled, sum(enrolled_sent_back12) AS enrolled_sent_back12,
                       sum(enrolled_work_or_studies12) AS enrolled_work_or_studies12, sum(job_plans_due) AS job_plans_due,
                       sum(job_plans_on_time) AS job_plans_on_time, sum(closed_long_term_to_work) AS closed_long_term_to_work,
                       sum(closed_long_term_to_work_days) AS closed_long_term_to_work_days, sum(resurs_held) AS resurs_held,
                       sum(resurs_queued) AS resurs_queued
                FROM indicator_referral_months
                WHERE district_id = @district AND (@unit IS NULL OR unit_id = @unit) AND month BETWEEN @from AND @to
                GROUP BY month) s),
            'interventions', (SELECT coalesce(json_agg(s), '[]') FROM (
                SELECT month, intervention_type_id, sum(started) AS started, sum(work_or_studies6) AS work_or_studies6,
                       sum(work_or_studies12) AS work_or_studies12
                FROM indicator_intervention_months
                WHERE district_id = @district AND (@unit IS NULL OR unit_id = @unit) AND month BETWEEN @from AND @to
                GROUP BY month, intervention_type_id) s),
            'targets', (SELECT coalesce(json_agg(s), '[]') FROM (
                SELECT district_id, year, measure, value FROM indicator_targets
                WHERE district_id = @district AND year BETWEEN @from_year AND @to_year) s),
            'populations', (SELECT coalesce(json_agg(s), '[]') FROM (
                SELECT district_id, year, adults FROM district_populations
                WHERE @unit IS NULL AND district_id = @district AND year BETWEEN @from_year AND @to_year) s),
            'types', (SELECT coalesce(json_agg(s ORDER BY s.name), '[]') FROM (SELECT id, name FROM intervention_types) s),
            'places', (SELECT places FROM resurs_places WHERE district_id = @district),
            'name', CASE WHEN @unit IS NULL THEN (SELECT name FROM districts WHERE id = @district)
                         ELSE (SELECT name FROM units WHERE id = @unit) END,
            'refresh', (SELECT row_to_json(s) FROM (SELECT * FROM indicator_refreshes ORDER BY finished_at DESC LIMIT 1) s)
        )::text AS "Value"
        """;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<IndicatorReportInputs> ReadAsync(
        CaseWorkDbContext db, IndicatorArea area, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(area);
        object[] parameters =
        [
            new NpgsqlParameter("district", NpgsqlDbType.Integer) { Value = area.DistrictId },
            new NpgsqlParameter("unit", NpgsqlDbType.Integer) { Value = (object?)area.UnitId ?? DBNull.Value },
            new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = from },
            new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = to },
            new NpgsqlParameter("from_year", NpgsqlDbType.Integer) { Value = from.Year },
            new NpgsqlParameter("to_year", NpgsqlDbType.Integer) { Value = to.Year },
        ];
        var json = (await db.Database.SqlQueryRaw<string>(Sql, parameters).ToListAsync(cancellationToken)).Single();
        var read = JsonSerializer.Deserialize<Document>(json, Json)!;
        var counts = IndicatorCountsQuery.Collect(
            read.Aid.Select(r => (r.Month, r.Reason, new AidCounts(r.HouseholdsPaid, r.AdultsPaid, r.HouseholdsAid12, r.AdultsAid12,
                r.HouseholdsLongTerm12, r.AdultsLongTerm12, r.HouseholdsCheckOnTime, r.HouseholdsCurrentPlan))),
            read.Referrals.Select(r => (r.Month, new ReferralCounts(r.Enrolled, r.EnrolledSentBack12, r.EnrolledWorkOrStudies12, r.JobPlansDue,
                r.JobPlansOnTime, r.ClosedLongTermToWork, r.ClosedLongTermToWorkDays, r.ResursHeld, r.ResursQueued))),
            read.Interventions.Select(r => (r.Month, r.InterventionTypeId, new InterventionCounts(r.Started, r.WorkOrStudies6, r.WorkOrStudies12))));
        return new IndicatorReportInputs(
            counts,
            read.Targets,
            read.Populations,
            read.Types.Select(t => (t.Id, t.Name)).ToList(),
            read.Places,
            read.Name ?? throw new InvalidOperationException($"No area {area}."),
            read.Refresh);
    }

    private sealed record Document(
        List<AidRow> Aid,
        List<ReferralRow> Referrals,
        List<InterventionRow> Interventions,
        List<DistrictTarget> Targets,
        List<DistrictAdults> Populations,
        List<TypeRow> Types,
        int? Places,
        string? Name,
        SummaryRefresh? Refresh);

    private sealed record AidRow(
        DateOnly Month, AidReason Reason, long HouseholdsPaid, long AdultsPaid, long HouseholdsAid12, long AdultsAid12, long HouseholdsLongTerm12,
        long AdultsLongTerm12, long HouseholdsCheckOnTime, long HouseholdsCurrentPlan);

    private sealed record ReferralRow(
        DateOnly Month, long Enrolled, long EnrolledSentBack12, long EnrolledWorkOrStudies12, long JobPlansDue, long JobPlansOnTime,
        long ClosedLongTermToWork, long ClosedLongTermToWorkDays, long ResursHeld, long ResursQueued);

    private sealed record InterventionRow(DateOnly Month, int InterventionTypeId, long Started, long WorkOrStudies6, long WorkOrStudies12);

    private sealed record TypeRow(int Id, string Name);
}
