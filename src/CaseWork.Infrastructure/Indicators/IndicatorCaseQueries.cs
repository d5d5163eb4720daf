using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Indicators;

/// <summary>Which side of a figure's line: the cases counted above it, or all the cases it is a share of.</summary>
public enum FigurePart
{
    Numerator,
    Denominator,
}

/// <summary>One case behind a figure, with the number that put it there (months of aid, days enrolled …).</summary>
public sealed record CaseBehindFigure(Guid ApplicantId, decimal? Detail);

/// <summary>
/// The cases behind a dashboard figure, read live from the records with the same definitions as the summary SQL
/// (docs/indicators.md), so a figure can be checked by hand. Always limited to one area and paged; the page then
/// loads the applicants through the reader's own scope.
/// </summary>
public sealed class IndicatorCaseQueries(CaseWorkDbContext db)
{
    private const string LongTermMonths = $"""
        SELECT m.applicant_id, count(*) AS detail
        FROM aid_months m JOIN applicants a ON a.id = m.applicant_id
        WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
          AND m.decision IN {AidPaidSql.Decisions} AND m.month BETWEEN (@at - interval '11 months')::date AND @at
        GROUP BY m.applicant_id
        """;

    public async Task<(IReadOnlyList<CaseBehindFigure> Cases, int Total)> ReadAsync(
        IndicatorMeasure measure, FigurePart part, IndicatorArea area, ReportingPeriod period, DateOnly today, int skip, int take, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(period);
        if (period.LastMonthReached(today) is not { } at)
        {
            return ([], 0);
        }

        var numerator = part == FigurePart.Numerator;
        var sql = measure switch
        {
            IndicatorMeasure.LongTermShareOfAdultPopulation or IndicatorMeasure.LongTermShareOfAdultRecipients =>
                $"SELECT applicant_id, detail FROM ({LongTermMonths}) x WHERE detail >= {(numerator || measure == IndicatorMeasure.LongTermShareOfAdultPopulation ? 10 : 1)}",
            IndicatorMeasure.HouseholdsOnAid or IndicatorMeasure.AdultsOnAid => $"""
                SELECT m.applicant_id, count(*) AS detail
                FROM aid_months m JOIN applicants a ON a.id = m.applicant_id
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND m.decision IN {AidPaidSql.Decisions} AND m.month BETWEEN @from AND @at
                GROUP BY m.applicant_id
                """,
            IndicatorMeasure.FollowUpsOnTimeShare => $"""
                SELECT m.applicant_id, count(c.id) AS detail
                FROM aid_months m JOIN applicants a ON a.id = m.applicant_id
                LEFT JOIN monthly_checks c ON c.applicant_id = m.applicant_id AND c.month = m.month
                    AND (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date < (c.month + interval '1 month')::date
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND m.decision IN {AidPaidSql.Decisions} AND m.month BETWEEN @from AND @at
                GROUP BY m.applicant_id
                {(numerator ? "HAVING count(c.id) > 0" : string.Empty)}
                """,
            IndicatorMeasure.CurrentIndividualPlanShare => $"""
                SELECT m.applicant_id, NULL::numeric AS detail
                FROM aid_months m JOIN applicants a ON a.id = m.applicant_id
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND m.decision IN {AidPaidSql.Decisions} AND m.month = @at
                  {(numerator ? "AND EXISTS (" + PlanInForce + ")" : string.Empty)}
                """,
            IndicatorMeasure.JobbtorgWorkOrStudiesWithin12Months => $"""
                SELECT r.applicant_id, (coalesce(r.closed_on, @today) - r.first_visit_on)::numeric AS detail
                FROM referrals r JOIN applicants a ON a.id = r.applicant_id
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND r.first_visit_on >= (@from - interval '12 months')::date AND r.first_visit_on < (@at - interval '11 months')::date
                  AND NOT (r.closure_reason IS NOT DISTINCT FROM 'SentBack' AND r.closed_on <= (r.first_visit_on + interval '12 months')::date)
                  {(numerator ? "AND r.closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies') AND r.closed_on <= (r.first_visit_on + interval '12 months')::date" : string.Empty)}
                """,
            IndicatorMeasure.EnrolmentDaysToWorkOrStudies => $"""
                SELECT r.applicant_id, (r.closed_on - r.first_visit_on)::numeric AS detail
                FROM referrals r JOIN applicants a ON a.id = r.applicant_id
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND r.closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies') AND r.first_visit_on IS NOT NULL
                  AND r.closed_on >= @from AND r.closed_on < (@at + interval '1 month')::date
                  AND (SELECT count(*) FROM aid_months m
                       WHERE m.applicant_id = r.applicant_id AND m.decision IN {AidPaidSql.Decisions}
                         AND m.month BETWEEN (date_trunc('month', r.first_visit_on) - interval '11 months')::date
                                         AND date_trunc('month', r.first_visit_on)::date) >= 11
                """,
            IndicatorMeasure.JobPlansWithinFiveDaysShare => $"""
                SELECT r.applicant_id, (r.job_plan_on - r.first_visit_on)::numeric AS detail
                FROM referrals r JOIN applicants a ON a.id = r.applicant_id
                WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit)
                  AND r.first_visit_on >= @from AND r.first_visit_on < (@at + interval '1 month')::date
                  AND (r.job_plan_on IS NOT NULL OR r.job_plan_due_on < @today)
                  {(numerator ? "AND r.job_plan_on <= r.job_plan_due_on" : string.Empty)}
                """,
            _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
        };

        var parameters = new Func<object[]>(() =>
        [
            new NpgsqlParameter("district", NpgsqlDbType.Integer) { Value = area.DistrictId },
            new NpgsqlParameter("unit", NpgsqlDbType.Integer) { Value = (object?)area.UnitId ?? DBNull.Value },
            new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = period.FirstMonth },
            new NpgsqlParameter("at", NpgsqlDbType.Date) { Value = at },
            new NpgsqlParameter("today", NpgsqlDbType.Date) { Value = today },
            new NpgsqlParameter("skip", NpgsqlDbType.Integer) { Value = skip },
            new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = take },
        ]);

        // The SQL is put together from the constants above only; every value goes in as a parameter.
        var countSql = string.Concat("SELECT count(*)::int AS \"Value\" FROM (", sql, ") c");
        var pageSql = string.Concat(
            "SELECT c.applicant_id, c.detail::numeric AS detail FROM (", sql,
            ") c JOIN applicants a ON a.id = c.applicant_id ORDER BY a.last_name, a.first_name, a.id OFFSET @skip LIMIT @take");
        var total = await db.Database.SqlQueryRaw<int>(countSql, parameters()).SingleAsync(cancellationToken);
        var cases = await db.Database.SqlQueryRaw<CaseRow>(pageSql, parameters()).ToListAsync(cancellationToken);
        return (cases.Select(c => new CaseBehindFigure(c.ApplicantId, c.Detail)).ToList(), total);
    }

    /// <summary>A current, individual plan with subgoals in force at the end of month @at (as the summary judges it).</summary>
    private const string PlanInForce = """
        SELECT 1 FROM work_plans p
        JOIN work_plan_versions v ON v.work_plan_id = p.id
        JOIN plan_version_quality q ON q.version_id = v.id
        WHERE p.applicant_id = m.applicant_id AND q.individual_with_subgoals
          AND least((@at + interval '1 month' - interval '1 day')::date, @today) BETWEEN greatest((v.created_at AT TIME ZONE 'Europe/Stockholm')::date, q.valid_from) AND q.valid_to
          AND (p.closed_at IS NULL OR (p.closed_at AT TIME ZONE 'Europe/Stockholm')::date > least((@at + interval '1 month' - interval '1 day')::date, @today))
          AND NOT EXISTS (SELECT 1 FROM work_plan_versions later WHERE later.work_plan_id = v.work_plan_id AND later.number > v.number
                          AND (later.created_at AT TIME ZONE 'Europe/Stockholm')::date <= least((@at + interval '1 month' - interval '1 day')::date, @today))
        """;

    private sealed record CaseRow(Guid ApplicantId, decimal? Detail);
}
