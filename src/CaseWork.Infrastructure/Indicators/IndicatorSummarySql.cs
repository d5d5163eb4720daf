namespace CaseWork.Infrastructure.Indicators;

/// <summary>
/// The SQL that rebuilds the summary tables, in full or for what changed (ADR 0020). Parameters: @first (first month
/// kept), @last (the current month), @today, @counted_on (the last refresh's today), @month_count, @base_index (month
/// number, year * 12 + month - 1, of @first minus 11 months). docs/indicators.md explains each count; the tests in
/// IndicatorSummaryTests build records and check them, IncrementalRefreshTests hold the incremental result to a full one.
/// </summary>
public static class IndicatorSummarySql
{
    /// <summary>The target months, each with the date it is judged on: its last day, or today for the current month.</summary>
    private const string Months = """
        months AS (
            SELECT t, month::date AS month,
                   least((month + interval '1 month' - interval '1 day')::date, @today) AS month_end
            FROM generate_series(0, @month_count - 1) AS t,
                 LATERAL (SELECT (@first + make_interval(months => t))::date AS month) m
        )
        """;

    /// <summary>
    /// Aid months as one bit mask per applicant: bit i is month @base + i. Bits t .. t + 11 are then the 12 months
    /// ending with target month t, and bit t + 11 is month t itself, so each applicant is read once for all months.
    /// The masks of the applicants chosen by <paramref name="applicants"/> (a condition on the column it is given)
    /// go into <paramref name="target"/>, one row an applicant with aid in the window.
    /// </summary>
    private static string Facts(string target, Func<string, string> applicants) => $"""
        WITH {Months},
        paid AS (
            SELECT m.applicant_id,
                   bit_or(1::bigint << ((extract(year FROM m.month)::int * 12 + extract(month FROM m.month)::int - 1) - @base_index)) AS bits
            FROM aid_months m
            WHERE m.month >= (@first - interval '11 months')::date AND m.month <= @last
              AND m.decision IN {AidPaidSql.Decisions} AND {applicants("m.applicant_id")}
            GROUP BY m.applicant_id
        ),
        checked AS (
            SELECT c.applicant_id,
                   bit_or(1::bigint << ((extract(year FROM c.month)::int * 12 + extract(month FROM c.month)::int - 1) - @base_index)) AS bits
            FROM monthly_checks c
            WHERE c.month >= @first AND c.month <= @last
              AND (c.recorded_at AT TIME ZONE 'Europe/Stockholm')::date < (c.month + interval '1 month')::date
              AND {applicants("c.applicant_id")}
            GROUP BY c.applicant_id
        ),
        versions AS (
            SELECT p.applicant_id, q.individual_with_subgoals,
                   greatest((v.created_at AT TIME ZONE 'Europe/Stockholm')::date, q.valid_from) AS in_force_from,
                   least(
                       coalesce(lead((v.created_at AT TIME ZONE 'Europe/Stockholm')::date) OVER (PARTITION BY v.work_plan_id ORDER BY v.number) - 1, 'infinity'::date),
                       coalesce((p.closed_at AT TIME ZONE 'Europe/Stockholm')::date - 1, 'infinity'::date),
                       q.valid_to) AS in_force_to
            FROM work_plan_versions v
            JOIN plan_version_quality q ON q.version_id = v.id
            JOIN work_plans p ON p.id = v.work_plan_id
            WHERE {applicants("p.applicant_id")}
        ),
        planned AS (
            SELECT x.applicant_id, bit_or(1::bigint << (mo.t + 11)) AS bits
            FROM versions x
            JOIN months mo ON mo.month_end BETWEEN x.in_force_from AND x.in_force_to
            WHERE x.individual_with_subgoals
            GROUP BY x.applicant_id
        )
        INSERT INTO {target} (applicant_id, unit_id, district_id, reason, adults, paid_bits, checked_bits, planned_bits)
        SELECT paid.applicant_id, a.unit_id, a.district_id, a.reason,
               CASE a.household WHEN 'Couple' THEN 2 ELSE 1 END,
               paid.bits, coalesce(checked.bits, 0), coalesce(planned.bits, 0)
        FROM paid
        JOIN applicants a ON a.id = paid.applicant_id
        LEFT JOIN checked ON checked.applicant_id = paid.applicant_id
        LEFT JOIN planned ON planned.applicant_id = paid.applicant_id;
        """;

    /// <summary>The counts of the months <paramref name="slices"/> lets through, summed from the applicants' masks.</summary>
    private static string SumFacts(string slices) => $"""
        WITH {Months},
        judged AS (
            SELECT mo.month, f.unit_id, f.district_id, f.reason, f.adults,
                   (f.paid_bits >> (mo.t + 11)) & 1 = 1 AS paid_now,
                   bit_count(((f.paid_bits >> mo.t) & 4095)::bit(12)) AS paid_in_12,
                   (f.checked_bits >> (mo.t + 11)) & 1 = 1 AS checked_on_time,
                   (f.planned_bits >> (mo.t + 11)) & 1 = 1 AS current_plan
            FROM indicator_aid_facts f
            CROSS JOIN months mo
            {slices}
            WHERE (f.paid_bits >> mo.t) & 4095 <> 0
        )
        INSERT INTO indicator_aid_months (month, unit_id, district_id, reason, households_paid, adults_paid, households_aid12,
            adults_aid12, households_long_term12, adults_long_term12, households_check_on_time, households_current_plan)
        SELECT month, unit_id, district_id, reason,
               count(*) FILTER (WHERE paid_now),
               coalesce(sum(adults) FILTER (WHERE paid_now), 0),
               count(*),
               sum(adults),
               count(*) FILTER (WHERE paid_in_12 >= 10),
               coalesce(sum(adults) FILTER (WHERE paid_in_12 >= 10), 0),
               count(*) FILTER (WHERE paid_now AND checked_on_time),
               count(*) FILTER (WHERE paid_now AND current_plan)
        FROM judged
        GROUP BY month, unit_id, district_id, reason;
        """;

    /// <summary>Every applicant's masks, and every month's counts from them.</summary>
    public static readonly string RebuildAid = string.Concat(
        "DELETE FROM indicator_aid_facts;\n",
        Facts("indicator_aid_facts", _ => "true"),
        "\nDELETE FROM indicator_aid_months;\n",
        SumFacts(string.Empty));

    /// <summary>
    /// Takes the changes the triggers noted (ADR 0020) into <c>indicator_claimed</c>, with the applicants whose counts
    /// a new day changes though no record did, because the current month is judged on today: those whose plan's validity
    /// began or ended between the last refresh's day (@counted_on) and today, whose referral's job plan fell due
    /// (job plans due count those due before today), and whose Resurs referral was sent, closed, granted a place or
    /// queued (this month's Resurs counts are taken at today). Rows written while this runs stay for the next refresh.
    /// </summary>
    public const string ClaimChanges = """
        CREATE TEMP TABLE indicator_claimed (applicant_id uuid, district_id int) ON COMMIT DROP;
        WITH taken AS (DELETE FROM indicator_changes RETURNING applicant_id, district_id)
        INSERT INTO indicator_claimed SELECT DISTINCT applicant_id, district_id FROM taken;
        INSERT INTO indicator_claimed
        SELECT DISTINCT p.applicant_id, a.district_id
        FROM plan_version_quality q
        JOIN work_plan_versions v ON v.id = q.version_id
        JOIN work_plans p ON p.id = v.work_plan_id
        JOIN applicants a ON a.id = p.applicant_id
        WHERE (q.valid_from > @counted_on AND q.valid_from <= @today) OR (q.valid_to >= @counted_on AND q.valid_to < @today);
        INSERT INTO indicator_claimed
        SELECT DISTINCT r.applicant_id, a.district_id
        FROM referrals r
        JOIN applicants a ON a.id = r.applicant_id
        WHERE @counted_on < @today
          AND ((r.job_plan_due_on >= @counted_on AND r.job_plan_due_on < @today)
               OR (r.program = 'Resurs'
                   AND ((r.sent_on > @counted_on AND r.sent_on <= @today)
                        OR (r.closed_on > @counted_on AND r.closed_on <= @today)
                        OR (r.place_granted_on > @counted_on AND r.place_granted_on <= @today)
                        OR ((r.queued_at AT TIME ZONE 'Europe/Stockholm')::date > @counted_on
                            AND (r.queued_at AT TIME ZONE 'Europe/Stockholm')::date <= @today))));
        ANALYZE indicator_claimed;
        """;

    /// <summary>
    /// The claimed applicants, as an array: each table is then read by index for those ids. As a semi-join over a few
    /// thousand ids spread over the register, the planner merged them with whole index scans of aid months and checks
    /// and hashed all applicants (2 s of 3 at 500,000).
    /// </summary>
    private const string Claimed = "= ANY (ARRAY(SELECT applicant_id FROM indicator_claimed))";

    /// <summary>
    /// The plan versions of the claimed applicants (after <see cref="ClaimChanges"/>): the only ones an incremental
    /// refresh can find new, since a new version is noted as a change of its applicant in the writer's transaction.
    /// </summary>
    public const string ClaimedVersions = $"""
        SELECT v.* FROM work_plan_versions v
        WHERE v.work_plan_id = ANY (ARRAY(SELECT p.id FROM work_plans p WHERE p.applicant_id {Claimed}))
        """;

    /// <summary>
    /// The claimed applicants' masks recomputed; the (district, month) slices in which an applicant's contribution
    /// differs, before or after, are deleted and summed again from the masks.
    /// </summary>
    public static readonly string UpdateAid = $"""
        CREATE TEMP TABLE indicator_new_facts (LIKE indicator_aid_facts) ON COMMIT DROP;
        {Facts("indicator_new_facts", column => $"{column} {Claimed}")}
        CREATE TEMP TABLE indicator_slices (district_id int NOT NULL, t int NOT NULL) ON COMMIT DROP;
        WITH {Months},
        contributions AS (
            SELECT f.applicant_id, mo.t, f.unit_id, f.district_id, f.reason, f.adults, (f.paid_bits >> mo.t) & 4095 AS paid,
                   (f.checked_bits >> (mo.t + 11)) & 1 AS checked, (f.planned_bits >> (mo.t + 11)) & 1 AS planned, f.old_side
            FROM (SELECT *, true AS old_side FROM indicator_aid_facts WHERE applicant_id {Claimed}
                  UNION ALL SELECT *, false FROM indicator_new_facts) f
            CROSS JOIN months mo
            WHERE (f.paid_bits >> mo.t) & 4095 <> 0
        ),
        changed AS (
            (SELECT applicant_id, t, unit_id, district_id, reason, adults, paid, checked, planned FROM contributions WHERE old_side
             EXCEPT SELECT applicant_id, t, unit_id, district_id, reason, adults, paid, checked, planned FROM contributions WHERE NOT old_side)
            UNION ALL
            (SELECT applicant_id, t, unit_id, district_id, reason, adults, paid, checked, planned FROM contributions WHERE NOT old_side
             EXCEPT SELECT applicant_id, t, unit_id, district_id, reason, adults, paid, checked, planned FROM contributions WHERE old_side)
        )
        INSERT INTO indicator_slices SELECT district_id, t FROM changed
        -- Retention names only the district: all of its months are summed again.
        UNION SELECT c.district_id, mo.t FROM indicator_claimed c CROSS JOIN months mo WHERE c.applicant_id IS NULL AND c.district_id IS NOT NULL;
        DELETE FROM indicator_aid_facts WHERE applicant_id {Claimed};
        INSERT INTO indicator_aid_facts SELECT * FROM indicator_new_facts;
        DELETE FROM indicator_aid_months s USING indicator_slices x
        WHERE s.district_id = x.district_id AND s.month = (@first + make_interval(months => x.t))::date;
        {SumFacts("JOIN indicator_slices x ON x.district_id = f.district_id AND x.t = mo.t")}
        """;

    /// <summary>
    /// One applicant's part of each month's Jobbtorg counts: referrals keyed on the first visit's month (3, job plans),
    /// the closure's month (4) and each month's end (Resurs), for the applicants chosen by <paramref name="applicants"/>,
    /// into <paramref name="target"/>.
    /// </summary>
    private static string ReferralFacts(string target, Func<string, string> applicants) => $"""
        WITH {Months},
        r AS (
            SELECT r.*, a.unit_id, a.district_id AS applicant_district_id
            FROM referrals r JOIN applicants a ON a.id = r.applicant_id
            WHERE {applicants("r.applicant_id")}
        ),
        enrolled AS (
            SELECT applicant_id, date_trunc('month', first_visit_on)::date AS month, unit_id, applicant_district_id AS district_id,
                   count(*) AS enrolled,
                   count(*) FILTER (WHERE closure_reason = 'SentBack'
                       AND closed_on <= (first_visit_on + interval '12 months')::date) AS sent_back12,
                   count(*) FILTER (WHERE closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies')
                       AND closed_on <= (first_visit_on + interval '12 months')::date) AS work_or_studies12,
                   count(*) FILTER (WHERE job_plan_on IS NOT NULL OR job_plan_due_on < @today) AS job_plans_due,
                   count(*) FILTER (WHERE job_plan_on <= job_plan_due_on) AS job_plans_on_time
            FROM r
            WHERE first_visit_on >= (@first - interval '12 months')::date AND first_visit_on < (@last + interval '1 month')::date
            GROUP BY 1, 2, 3, 4
        ),
        closed AS (
            SELECT applicant_id, date_trunc('month', closed_on)::date AS month, unit_id, applicant_district_id AS district_id,
                   count(*) AS closed_long_term_to_work,
                   sum(closed_on - first_visit_on) AS closed_long_term_to_work_days
            FROM r
            WHERE closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies') AND first_visit_on IS NOT NULL
              AND closed_on >= @first AND closed_on < (@last + interval '1 month')::date
              AND (SELECT count(*) FROM aid_months m
                   WHERE m.applicant_id = r.applicant_id AND m.decision IN {AidPaidSql.Decisions}
                     AND m.month BETWEEN (date_trunc('month', r.first_visit_on) - interval '11 months')::date
                                     AND date_trunc('month', r.first_visit_on)::date) >= 11
            GROUP BY 1, 2, 3, 4
        ),
        resurs AS (
            SELECT applicant_id, mo.month, unit_id, applicant_district_id AS district_id,
                   count(*) FILTER (WHERE place_granted_on <= mo.month_end) AS resurs_held,
                   count(*) FILTER (WHERE (place_granted_on IS NULL OR place_granted_on > mo.month_end)
                       AND (queued_at AT TIME ZONE 'Europe/Stockholm')::date <= mo.month_end) AS resurs_queued
            FROM r
            JOIN months mo ON r.sent_on <= mo.month_end AND (r.closed_on IS NULL OR r.closed_on > mo.month_end)
            WHERE r.program = 'Resurs'
            GROUP BY 1, 2, 3, 4
        ),
        keys AS (
            SELECT applicant_id, month, unit_id, district_id FROM enrolled
            UNION SELECT applicant_id, month, unit_id, district_id FROM closed
            UNION SELECT applicant_id, month, unit_id, district_id FROM resurs
        )
        INSERT INTO {target} (applicant_id, month, unit_id, district_id, enrolled, enrolled_sent_back12,
            enrolled_work_or_studies12, job_plans_due, job_plans_on_time, closed_long_term_to_work,
            closed_long_term_to_work_days, resurs_held, resurs_queued)
        SELECT k.applicant_id, k.month, k.unit_id, k.district_id,
               coalesce(e.enrolled, 0), coalesce(e.sent_back12, 0), coalesce(e.work_or_studies12, 0),
               coalesce(e.job_plans_due, 0), coalesce(e.job_plans_on_time, 0),
               coalesce(c.closed_long_term_to_work, 0), coalesce(c.closed_long_term_to_work_days, 0),
               coalesce(s.resurs_held, 0), coalesce(s.resurs_queued, 0)
        FROM keys k
        LEFT JOIN enrolled e USING (applicant_id, month, unit_id, district_id)
        LEFT JOIN closed c USING (applicant_id, month, unit_id, district_id)
        LEFT JOIN resurs s USING (applicant_id, month, unit_id, district_id);
        """;

    /// <summary>One applicant's part of the intervention counts: keyed on the start month, with the referral's outcome 6 and 12 months on.</summary>
    private static string InterventionFacts(string target, Func<string, string> applicants) => $"""
        INSERT INTO {target} (applicant_id, month, intervention_type_id, unit_id, district_id, started, work_or_studies6, work_or_studies12)
        SELECT r.applicant_id, date_trunc('month', i.start_on)::date, i.intervention_type_id, a.unit_id, a.district_id,
               count(*),
               count(*) FILTER (WHERE r.closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies')
                   AND r.closed_on <= (i.start_on + interval '6 months')::date),
               count(*) FILTER (WHERE r.closure_reason IN ('Employment', 'SubsidisedEmployment', 'Studies')
                   AND r.closed_on <= (i.start_on + interval '12 months')::date)
        FROM referral_interventions i
        JOIN referrals r ON r.id = i.referral_id
        JOIN applicants a ON a.id = r.applicant_id
        WHERE i.start_on >= (@first - interval '12 months')::date AND i.start_on < (@last + interval '1 month')::date
          AND {applicants("r.applicant_id")}
        GROUP BY 1, 2, 3, 4, 5;
        """;

    /// <summary>A summary table that is the sum of per-applicant rows, by its key columns.</summary>
    private sealed record Summed(string Summary, string Facts, string Name, string[] Keys, string[] Counts, Func<string, Func<string, string>, string> Compute);

    private static readonly Summed Referrals = new(
        "indicator_referral_months", "indicator_referral_facts", "referral", ["month", "unit_id", "district_id"],
        ["enrolled", "enrolled_sent_back12", "enrolled_work_or_studies12", "job_plans_due", "job_plans_on_time",
         "closed_long_term_to_work", "closed_long_term_to_work_days", "resurs_held", "resurs_queued"],
        ReferralFacts);

    private static readonly Summed Interventions = new(
        "indicator_intervention_months", "indicator_intervention_facts", "intervention", ["month", "unit_id", "district_id", "intervention_type_id"],
        ["started", "work_or_studies6", "work_or_studies12"],
        InterventionFacts);

    /// <summary>The summary rows of the applicants' rows <paramref name="where"/> lets through.</summary>
    private static string Sum(Summed s, string where)
    {
        var keys = string.Join(", ", s.Keys);
        return $"""
            INSERT INTO {s.Summary} ({keys}, {string.Join(", ", s.Counts)})
            SELECT {keys}, {string.Join(", ", s.Counts.Select(c => $"sum({c})"))}
            FROM {s.Facts} WHERE {where}
            GROUP BY {keys};
            """;
    }

    /// <summary>Every applicant's rows, and the summary summed from them.</summary>
    private static string Rebuild(Summed s) => string.Concat(
        $"DELETE FROM {s.Facts};\n", s.Compute(s.Facts, _ => "true"), $"\nDELETE FROM {s.Summary};\n", Sum(s, "true"));

    /// <summary>
    /// The claimed applicants' rows recomputed, and the difference from their old rows added to the summary: a key
    /// that gains its first applicant's row is inserted, one left without any is deleted. A district retention
    /// deleted from is summed again from the rows left.
    /// </summary>
    private static string Update(Summed s)
    {
        var keys = string.Join(", ", s.Keys);
        var fresh = $"indicator_new_{s.Name}_facts";
        var delta = $"indicator_{s.Name}_delta";
        string Match(string a, string b) => string.Join(" AND ", s.Keys.Select(k => $"{a}.{k} = {b}.{k}"));
        const string Retention = "district_id IN (SELECT district_id FROM indicator_claimed WHERE applicant_id IS NULL AND district_id IS NOT NULL)";
        return $"""
            CREATE TEMP TABLE {fresh} (LIKE {s.Facts}) ON COMMIT DROP;
            {s.Compute(fresh, column => $"{column} {Claimed}")}
            CREATE TEMP TABLE {delta} ON COMMIT DROP AS
            SELECT {keys}, {string.Join(", ", s.Counts.Select(c => $"sum({c}) AS {c}"))}
            FROM (SELECT {keys}, {string.Join(", ", s.Counts.Select(c => $"-{c} AS {c}"))} FROM {s.Facts} WHERE applicant_id {Claimed}
                  UNION ALL SELECT {keys}, {string.Join(", ", s.Counts)} FROM {fresh}) d
            GROUP BY {keys};
            ANALYZE {delta};
            DELETE FROM {s.Facts} WHERE applicant_id {Claimed};
            INSERT INTO {s.Facts} SELECT * FROM {fresh};
            UPDATE {s.Summary} s SET {string.Join(", ", s.Counts.Select(c => $"{c} = s.{c} + d.{c}"))}
            FROM {delta} d WHERE {Match("s", "d")} AND ({string.Join(" OR ", s.Counts.Select(c => $"d.{c} <> 0"))});
            INSERT INTO {s.Summary} ({keys}, {string.Join(", ", s.Counts)})
            SELECT {keys}, {string.Join(", ", s.Counts)} FROM {delta} d
            WHERE NOT EXISTS (SELECT FROM {s.Summary} s WHERE {Match("s", "d")})
              AND EXISTS (SELECT FROM {s.Facts} f WHERE {Match("f", "d")});
            DELETE FROM {s.Summary} s USING {delta} d
            WHERE {Match("s", "d")} AND NOT EXISTS (SELECT FROM {s.Facts} f WHERE {Match("f", "s")});
            DELETE FROM {s.Summary} WHERE {Retention};
            {Sum(s, Retention)}
            """;
    }

    /// <summary>Every applicant's Jobbtorg rows and the referral summary from them.</summary>
    public static readonly string RebuildReferrals = Rebuild(Referrals);

    /// <summary>The claimed applicants' Jobbtorg rows, and their difference added to the referral summary.</summary>
    public static readonly string UpdateReferrals = Update(Referrals);

    /// <summary>Every applicant's intervention rows and the intervention summary from them.</summary>
    public static readonly string RebuildInterventions = Rebuild(Interventions);

    /// <summary>The claimed applicants' intervention rows, and their difference added to the intervention summary.</summary>
    public static readonly string UpdateInterventions = Update(Interventions);
}
