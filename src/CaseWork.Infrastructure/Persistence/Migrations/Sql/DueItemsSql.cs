namespace CaseWork.Infrastructure.Persistence.Migrations.Sql;

/// <summary>
/// The due list's table (<c>due_items</c>, ADR 0019): the schedule of <c>FollowUpSchedule.DueFor</c> restated in SQL,
/// and one function that recomputes the items of some applicants, which the change capture (<c>ChangeCaptureSql</c>)
/// calls in the transaction of every change to the facts it reads (aid months, monthly checks, plans, talks,
/// referrals); the capture also moves the items of a case moved to another worker or unit. <c>DueItemsTests</c> holds
/// the table to the domain's rules after the app's own writes.
/// Kinds are stored as the numbers of <c>DueKind</c> (the list's order): 0 monthly check, 1 three-party talk, 2 plan
/// follow-up, 3 job plan, 4 deeper job plan, 5 joint follow-up, 6 Resurs place granted.
/// </summary>
public static class DueItemsSql
{
    /// <summary>
    /// <c>due_items_of(ids)</c>: every item of the schedule for those applicants, without the 60-day horizon and for
    /// every month with aid (a month's check is due when aid was paid in the month or the month before, and no check
    /// of the month is recorded), so that nothing in it depends on today. <c>refresh_due_items(ids)</c> replaces the
    /// applicants' rows with it, holding the applicants' rows so that two transactions never refresh one case at once.
    /// </summary>
    public const string Functions = $$"""
        CREATE OR REPLACE FUNCTION due_items_of(ids uuid[])
        RETURNS TABLE (applicant_id uuid, kind smallint, due_on date, month date, referral_id uuid, assigned_worker_id text, unit_id integer, district_id integer)
        LANGUAGE sql STABLE AS $$
            WITH a AS (
                SELECT a.id, a.assigned_worker_id, a.unit_id, a.district_id
                FROM unnest(ids) AS x(id) JOIN applicants a ON a.id = x.id
            ),
            aid_checks AS (
                SELECT DISTINCT m.applicant_id, c.month
                FROM aid_months m JOIN a ON a.id = m.applicant_id
                CROSS JOIN LATERAL (VALUES (m.month), ((m.month + interval '1 month')::date)) AS c(month)
                WHERE m.decision IN {{AidPaidSql.Decisions}}
            ),
            referral AS (
                SELECT DISTINCT ON (r.applicant_id) r.*
                FROM referrals r JOIN a ON a.id = r.applicant_id
                WHERE r.closed_on IS NULL
                ORDER BY r.applicant_id, r.sent_on DESC, r.id DESC
            ),
            last_talk AS (
                SELECT t.applicant_id, max(t.held_on) AS held_on
                FROM follow_up_talks t JOIN a ON a.id = t.applicant_id
                GROUP BY t.applicant_id
            ),
            item AS (
                SELECT c.applicant_id, 0::smallint AS kind, (c.month + interval '1 month' - interval '1 day')::date AS due_on,
                       c.month, NULL::uuid AS referral_id
                FROM aid_checks c
                WHERE NOT EXISTS (SELECT 1 FROM monthly_checks k WHERE k.applicant_id = c.applicant_id AND k.month = c.month)
                UNION ALL
                SELECT p.applicant_id, 2::smallint, p.next_follow_up_on, NULL, NULL
                FROM work_plans p JOIN a ON a.id = p.applicant_id
                WHERE p.status = 'Active' AND p.next_follow_up_on IS NOT NULL
                UNION ALL
                SELECT r.applicant_id, d.kind, d.due_on, NULL, r.id
                FROM referral r
                LEFT JOIN last_talk t ON t.applicant_id = r.applicant_id
                CROSS JOIN LATERAL (VALUES
                    (6::smallint, CASE WHEN r.place_granted_from_queue AND r.place_notice_acknowledged_at IS NULL THEN r.place_granted_on END),
                    (1::smallint, (greatest(r.first_visit_on, t.held_on) + interval '3 months')::date),
                    (3::smallint, CASE WHEN r.job_plan_on IS NULL THEN r.job_plan_due_on END),
                    (4::smallint, CASE WHEN r.job_plan_on IS NOT NULL AND r.deeper_job_plan_on IS NULL THEN (r.first_visit_on + interval '1 month')::date END),
                    (5::smallint, CASE WHEN r.joint_follow_up_on IS NULL THEN (r.first_visit_on + interval '12 months')::date END)
                ) AS d(kind, due_on)
                WHERE d.due_on IS NOT NULL AND (d.kind = 6 OR r.first_visit_on IS NOT NULL)
            )
            SELECT i.applicant_id, i.kind, i.due_on, i.month, i.referral_id, a.assigned_worker_id, a.unit_id, a.district_id
            FROM item i JOIN a ON a.id = i.applicant_id
        $$;

        CREATE OR REPLACE FUNCTION refresh_due_items(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
        BEGIN
            IF cardinality(ids) = 0 THEN
                RETURN;
            END IF;
            PERFORM 1 FROM applicants WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
            DELETE FROM due_items WHERE applicant_id = ANY(ids);
            INSERT INTO due_items (applicant_id, kind, due_on, month, referral_id, assigned_worker_id, unit_id, district_id)
            SELECT * FROM due_items_of(ids);
        END $$;
        """;

    public const string DropFunctions = """
        DROP FUNCTION IF EXISTS refresh_due_items(uuid[]);
        DROP FUNCTION IF EXISTS due_items_of(uuid[]);
        """;

    /// <summary>Fills the table for applicants that have no rows in it yet (a bulk load, the backfill): one INSERT … SELECT.</summary>
    /// <param name="idsSql">A query of the applicants' ids.</param>
    public static string InsertFor(string idsSql) =>
        $"INSERT INTO due_items (applicant_id, kind, due_on, month, referral_id, assigned_worker_id, unit_id, district_id) SELECT * FROM due_items_of(ARRAY({idsSql}))";

    /// <summary>Every existing case's items, for the migration that adds the table.</summary>
    public static string Backfill => InsertFor("SELECT id FROM applicants");
}
