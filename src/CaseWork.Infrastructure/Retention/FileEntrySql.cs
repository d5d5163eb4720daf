namespace CaseWork.Infrastructure.Retention;

/// <summary>
/// SQL over one person's file, for an outer query with the applicant as <c>a</c>. Every dated record of the file is
/// listed once, in <see cref="Entries"/>, and both the date of the last entry and the "past the five years" filter are
/// written from that list, so the two cannot disagree.
/// </summary>
/// <remarks>
/// An entry is something written in the file or something that happened in the case: registration, aid months (as
/// of the month's last day), journal notes (event, writing, signing), monthly checks, talks, plans with their versions
/// and agreements, investigations, referrals with every step, attendance reports and interventions, case review
/// decisions and signing, and review actions marked done. Planned dates (a next follow-up, a due date) are not
/// entries, and neither are audit rows: reading a file does not keep it.
/// </remarks>
internal static class FileEntrySql
{
    /// <summary>Timestamps count on the Swedish calendar day they happened.</summary>
    private const string Zone = SwedishTime.ZoneId;

    /// <summary>Each: the rows of one kind of record belonging to <c>a</c>, and the date of one row's latest entry.</summary>
    public static IReadOnlyList<(string Rows, string Date)> Entries { get; } =
    [
        ("applicants x WHERE x.id = a.id", Day("x.registered_at")),
        ("aid_months x WHERE x.applicant_id = a.id", "(date_trunc('month', x.month) + interval '1 month - 1 day')::date"),
        ("journal_notes x WHERE x.applicant_id = a.id", Latest("x.event_date", Day("x.written_at"), Day("x.signed_at"))),
        ("note_objections x WHERE x.applicant_id = a.id", Latest("x.received_on", Day("x.recorded_at"))),
        ("monthly_checks x WHERE x.applicant_id = a.id", Day("x.recorded_at")),
        ("follow_up_talks x WHERE x.applicant_id = a.id", Latest("x.held_on", Day("x.recorded_at"))),
        ("work_plans x WHERE x.applicant_id = a.id", Latest(Day("x.started_at"), Day("x.changed_at"), Day("x.closed_at"))),
        ("work_plan_versions x JOIN work_plans p ON p.id = x.work_plan_id WHERE p.applicant_id = a.id", Day("x.created_at")),
        ("work_plan_agreements x JOIN work_plans p ON p.id = x.work_plan_id WHERE p.applicant_id = a.id", "x.date"),
        ("basic_investigations x WHERE x.applicant_id = a.id", Latest(Day("x.started_at"), Day("x.signed_at"))),
        ("referrals x WHERE x.applicant_id = a.id", Latest(
            Day("x.created_at"), "x.sent_on", "x.received_on", "x.first_visit_on", "x.job_plan_on", "x.deeper_job_plan_on",
            "x.joint_follow_up_on", "x.closed_on", "x.consent_recorded_on", "x.place_granted_on", Day("x.queued_at"),
            Day("x.place_notice_acknowledged_at"))),
        ("attendance_reports x WHERE x.applicant_id = a.id", Day("x.reported_at")),
        ("referral_interventions x JOIN referrals r ON r.id = x.referral_id WHERE r.applicant_id = a.id", Latest("x.start_on", "x.end_on")),
        ("case_review_entries x JOIN case_reviews c ON c.id = x.review_id WHERE x.applicant_id = a.id", Latest(Day("x.recorded_at"), Day("c.signed_at"))),
        ("review_actions x WHERE x.applicant_id = a.id", Day("x.done_at")),
    ];

    /// <summary>The date of the file's last entry (never null: every applicant has been registered).</summary>
    public static string LastEntryOn { get; } =
        $"GREATEST({string.Join(", ", Entries.Select(e => $"(SELECT max({e.Date}) FROM {e.Rows})"))})";

    /// <summary>
    /// True when no entry is later than the date parameter <c>@latest_due_last_entry</c>. It opens with the registration
    /// written on <c>a</c>'s own row as a timestamp bound (registered before the next Swedish midnight): the same test as
    /// the registration entry, but one the planner applies to the applicant row before any probe, so the register is
    /// narrowed to the people registered more than five years ago before their records are looked up.
    /// </summary>
    public static string PastTheYearsKept { get; } = string.Join(
        "\n  AND ",
        Entries.Select(e => $"NOT EXISTS (SELECT 1 FROM {e.Rows} AND {e.Date} > @latest_due_last_entry)")
            .Prepend($"a.registered_at < (@latest_due_last_entry + 1)::timestamp AT TIME ZONE '{Zone}'"));

    /// <summary>The <see cref="InUse"/> flags of the file; recent aid from the date parameter <c>@recent_aid_from</c>.</summary>
    public static string InUseFlags { get; } = string.Join(" | ", new (InUse Flag, string Exists)[]
    {
        (InUse.ActivePlan, "SELECT 1 FROM work_plans x WHERE x.applicant_id = a.id AND x.status = 'Active'"),
        (InUse.OpenReferral, "SELECT 1 FROM referrals x WHERE x.applicant_id = a.id AND x.closed_on IS NULL"),
        (InUse.OngoingCaseReview, "SELECT 1 FROM case_review_entries x JOIN case_reviews c ON c.id = x.review_id WHERE x.applicant_id = a.id AND c.status = 'Ongoing'"),
        (InUse.OpenReviewAction, "SELECT 1 FROM review_actions x WHERE x.applicant_id = a.id AND x.done_at IS NULL"),
        (InUse.RecentAid, $"SELECT 1 FROM aid_months x WHERE x.applicant_id = a.id AND x.month >= @recent_aid_from AND x.decision IN {AidPaidSql.Decisions}"),
    }.Select(c => $"(CASE WHEN EXISTS ({c.Exists}) THEN {(int)c.Flag} ELSE 0 END)"));

    /// <summary>True for people born on a research day; the days come in the int[] parameter <c>@research_days</c>.</summary>
    public const string ResearchExempt = "(substring(a.personal_identity_number, 7, 2)::int % 60) = ANY(@research_days)";

    private static string Day(string timestamp) => $"({timestamp} AT TIME ZONE '{Zone}')::date";

    private static string Latest(params string[] dates) => $"GREATEST({string.Join(", ", dates)})";
}
