using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Indicators;

/// <summary>Which side of a figure's line: the cases counted above it, or all the cases it is a share of.</summary>
public enum FigurePart
{
    Numerator,
    Denominator,
}

/// <summary>One case behind a figure, with the number that put it there (months of aid, days enrolled …), and its name: the list's order.</summary>
public sealed record CaseBehindFigure(Guid ApplicantId, decimal? Detail, string LastName, string FirstName);

/// <summary>A position in the list's name order (last name, first name, applicant id): where a keyset page starts or ends.</summary>
public readonly record struct NameKey(string LastName, string FirstName, Guid ApplicantId);

/// <summary>
/// The cases behind a dashboard figure, with the same definitions as the summary SQL (docs/indicators.md), so a figure
/// can be checked by hand: the aid figures from the per-applicant masks of the last refresh (ADR 0020), the Jobbtorg
/// figures live from the referrals. Always limited to one area and paged; the page then loads the applicants through
/// the reader's own scope.
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

    public Task<(IReadOnlyList<CaseBehindFigure> Cases, int Total)> ReadAsync(
        IndicatorMeasure measure, FigurePart part, IndicatorArea area, ReportingPeriod period, DateOnly today, NameKey? after, NameKey? before, int take,
        CancellationToken cancellationToken) =>
        ReadAsync(measure, part, area, period, today, after, before, take, live: false, cancellationToken);

    /// <summary>
    /// The same list read live from the records, as it was read before the masks (ADR 0020): the tests' oracle for
    /// the masks, and what <see cref="ReadAsync(IndicatorMeasure, FigurePart, IndicatorArea, ReportingPeriod, DateOnly, NameKey?, NameKey?, int, CancellationToken)"/>
    /// falls back on for periods the masks do not cover.
    /// </summary>
    public Task<(IReadOnlyList<CaseBehindFigure> Cases, int Total)> ReadLiveAsync(
        IndicatorMeasure measure, FigurePart part, IndicatorArea area, ReportingPeriod period, DateOnly today, NameKey? after, NameKey? before, int take,
        CancellationToken cancellationToken) =>
        ReadAsync(measure, part, area, period, today, after, before, take, live: true, cancellationToken);

    private async Task<(IReadOnlyList<CaseBehindFigure> Cases, int Total)> ReadAsync(
        IndicatorMeasure measure, FigurePart part, IndicatorArea area, ReportingPeriod period, DateOnly today, NameKey? after, NameKey? before, int take,
        bool live, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(area);
        ArgumentNullException.ThrowIfNull(period);
        if (period.LastMonthReached(today) is not { } at)
        {
            return ([], 0);
        }

        var numerator = part == FigurePart.Numerator;
        var bits = live ? null : await MaskBitsAsync(period.FirstMonth, at, cancellationToken);
        var sql = (bits is { } covered ? FromFacts(measure, numerator, covered.From) : null) ?? measure switch
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
            new NpgsqlParameter("last", NpgsqlDbType.Text) { Value = (after ?? before)?.LastName ?? string.Empty },
            new NpgsqlParameter("first", NpgsqlDbType.Text) { Value = (after ?? before)?.FirstName ?? string.Empty },
            new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = (after ?? before)?.ApplicantId ?? Guid.Empty },
            new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = take },
            new NpgsqlParameter("from_bit", NpgsqlDbType.Integer) { Value = bits?.From ?? 0 },
            new NpgsqlParameter("at_bit", NpgsqlDbType.Integer) { Value = bits?.At ?? 0 },
            new NpgsqlParameter("period_mask", NpgsqlDbType.Bigint) { Value = bits is { } b ? (1L << (b.At - b.From + 1)) - 1 : 0L },
        ]);

        // The SQL is put together from the constants above only; every value goes in as a parameter.
        var countSql = string.Concat("SELECT count(*)::int AS \"Value\" FROM (", sql, ") c");
        // Keyset: the cases beyond the position in name order (back from "before": read in reverse, then turned round),
        // so a deep page reads its own rows, not every page before it.
        var (beyond, order) = (after, before) switch
        {
            ({ }, _) => ("AND (a.last_name, a.first_name, a.id) > (@last, @first, @id) ", "a.last_name, a.first_name, a.id"),
            (null, { }) => ("AND (a.last_name, a.first_name, a.id) < (@last, @first, @id) ", "a.last_name DESC, a.first_name DESC, a.id DESC"),
            _ => (string.Empty, "a.last_name, a.first_name, a.id"),
        };
        // The page's cases are the area's now as well: the names come from the area's name index, joined by hash to the
        // figure's keys, rather than a primary-key probe for each case of the figure. A case moved out of the area since
        // the refresh stays in the count (it is in the figure) but is not listed, as the page could not show it.
        var pageSql = string.Concat(
            "SELECT c.applicant_id, c.detail::numeric AS detail, a.last_name, a.first_name FROM (", sql,
            ") c JOIN applicants a ON a.id = c.applicant_id WHERE a.district_id = @district AND (@unit IS NULL OR a.unit_id = @unit) ",
            beyond, "ORDER BY ", order, " LIMIT @take");
        var total = await db.Database.SqlQueryRaw<int>(countSql, parameters()).SingleAsync(cancellationToken);
        var cases = await db.Database.SqlQueryRaw<CaseRow>(pageSql, parameters()).ToListAsync(cancellationToken);
        if (after is null && before is not null)
        {
            cases.Reverse();
        }

        return (cases.Select(c => new CaseBehindFigure(c.ApplicantId, c.Detail, c.LastName, c.FirstName)).ToList(), total);
    }

    /// <summary>Whether the measure's cases are read from the refresh's per-applicant masks (for periods they cover).</summary>
    public static bool ReadsFromMasks(IndicatorMeasure measure) => FromFacts(measure, numerator: false, fromBit: 11) is not null;

    /// <summary>
    /// Where the period's months sit in the masks of <see cref="AidFact"/> (bit i is the last refresh's first month
    /// − 11 + i), or null when the masks do not cover them (a period before the window, no refresh yet, or a refresh
    /// from before the masks were kept); the list is then read live from the records.
    /// </summary>
    private async Task<(int From, int At)?> MaskBitsAsync(DateOnly from, DateOnly at, CancellationToken cancellationToken)
    {
        var refresh = await db.SummaryRefreshes.AsNoTracking().OrderByDescending(r => r.FinishedAt)
            .Select(r => new { r.FirstMonth, r.LastMonth, r.CountedOn }).FirstOrDefaultAsync(cancellationToken);
        if (refresh is not { CountedOn: not null } || at > refresh.LastMonth)
        {
            return null;
        }

        static int Number(DateOnly month) => (month.Year * 12) + month.Month - 1;
        var baseNumber = Number(refresh.FirstMonth) - 11;
        var (fromBit, atBit) = (Number(from) - baseNumber, Number(at) - baseNumber);
        return fromBit < 0 || atBit < 11 ? null : (fromBit, atBit);
    }

    /// <summary>
    /// The aid figures' cases from the per-applicant masks the last refresh kept (ADR 0020), with the definitions of
    /// the summary SQL: an index scan of one district's rows instead of a GROUP BY over its aid months. Null for the
    /// Jobbtorg figures, which read the referrals, and for checks before the window (whose masks start at its first month).
    /// </summary>
    private static string? FromFacts(IndicatorMeasure measure, bool numerator, int fromBit)
    {
        const string Facts = "FROM indicator_aid_facts f WHERE f.district_id = @district AND (@unit IS NULL OR f.unit_id = @unit)";
        const string InPeriod = "(f.paid_bits >> @from_bit) & @period_mask";
        const string Last12 = "bit_count(((f.paid_bits >> (@at_bit - 11)) & 4095)::bit(12))";
        return measure switch
        {
            IndicatorMeasure.LongTermShareOfAdultPopulation or IndicatorMeasure.LongTermShareOfAdultRecipients =>
                $"SELECT f.applicant_id, {Last12} AS detail {Facts} AND {Last12} >= {(numerator || measure == IndicatorMeasure.LongTermShareOfAdultPopulation ? 10 : 1)}",
            IndicatorMeasure.HouseholdsOnAid or IndicatorMeasure.AdultsOnAid =>
                $"SELECT f.applicant_id, bit_count(({InPeriod})::bit(64)) AS detail {Facts} AND {InPeriod} <> 0",
            IndicatorMeasure.FollowUpsOnTimeShare when fromBit >= 11 =>
                $"SELECT f.applicant_id, bit_count((((f.paid_bits & f.checked_bits) >> @from_bit) & @period_mask)::bit(64)) AS detail {Facts} AND {InPeriod} <> 0"
                + (numerator ? " AND ((f.paid_bits & f.checked_bits) >> @from_bit) & @period_mask <> 0" : string.Empty),
            IndicatorMeasure.CurrentIndividualPlanShare =>
                $"SELECT f.applicant_id, NULL::numeric AS detail {Facts} AND (f.paid_bits >> @at_bit) & 1 = 1"
                + (numerator ? " AND (f.planned_bits >> @at_bit) & 1 = 1" : string.Empty),
            _ => null,
        };
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

    private sealed record CaseRow(Guid ApplicantId, decimal? Detail, string LastName, string FirstName);
}
