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

    /// <summary>
    /// Each kind of record: its table (as <c>x</c>), a join to the parent that leads to the applicant or holds a date,
    /// the applicant's id, and the date of one row's latest entry.
    /// </summary>
    public static IReadOnlyList<FileEntry> Kinds { get; } =
    [
        new("applicants", null, "x.id", Day("x.registered_at")),
        new("aid_months", null, "x.applicant_id", "(date_trunc('month', x.month) + interval '1 month - 1 day')::date"),
        new("journal_notes", null, "x.applicant_id", Latest("x.event_date", Day("x.written_at"), Day("x.signed_at"))),
        new("note_objections", null, "x.applicant_id", Latest("x.received_on", Day("x.recorded_at"))),
        new("monthly_checks", null, "x.applicant_id", Day("x.recorded_at")),
        new("follow_up_talks", null, "x.applicant_id", Latest("x.held_on", Day("x.recorded_at"))),
        new("work_plans", null, "x.applicant_id", Latest(Day("x.started_at"), Day("x.changed_at"), Day("x.closed_at"))),
        new("work_plan_versions", new("work_plans", "p", "p.id = x.work_plan_id"), "p.applicant_id", Day("x.created_at")),
        new("work_plan_agreements", new("work_plans", "p", "p.id = x.work_plan_id"), "p.applicant_id", "x.date"),
        new("basic_investigations", null, "x.applicant_id", Latest(Day("x.started_at"), Day("x.signed_at"))),
        new("referrals", null, "x.applicant_id", Latest(
            Day("x.created_at"), "x.sent_on", "x.received_on", "x.first_visit_on", "x.job_plan_on", "x.deeper_job_plan_on",
            "x.joint_follow_up_on", "x.closed_on", "x.consent_recorded_on", "x.place_granted_on", Day("x.queued_at"),
            Day("x.place_notice_acknowledged_at"))),
        new("attendance_reports", null, "x.applicant_id", Day("x.reported_at")),
        new("referral_interventions", new("referrals", "r", "r.id = x.referral_id"), "r.applicant_id", Latest("x.start_on", "x.end_on")),
        new("case_review_entries", new("case_reviews", "c", "c.id = x.review_id"), "x.applicant_id", Latest(Day("x.recorded_at"), Day("c.signed_at"))),
        new("review_actions", null, "x.applicant_id", Day("x.done_at")),
    ];

    /// <summary>Each: the rows of one kind of record belonging to <c>a</c>, and the date of one row's latest entry.</summary>
    public static IReadOnlyList<(string Rows, string Date)> Entries { get; } =
        Kinds.Select(k => ($"{k.From(k.Table, k.Join?.Table)} WHERE {k.Applicant} = a.id", k.Date)).ToList();

    /// <summary>The date of the file's last entry (never null: every applicant has been registered).</summary>
    public static string LastEntryOn { get; } =
        $"GREATEST({string.Join(", ", Entries.Select(e => $"(SELECT max({e.Date}) FROM {e.Rows})"))})";

    /// <summary>
    /// True when no entry is later than the date parameter <c>@latest_due_last_entry</c>. It opens with the registration
    /// written on <c>a</c>'s own row as a timestamp bound (registered before the next Swedish midnight): the same test as
    /// the registration entry, but one the planner applies to the applicant row before any probe, so the register is
    /// narrowed to the people registered more than five years ago before their records are looked up. The search now
    /// reads the kept dates (<c>file_last_entries</c>, FileLastEntrySql); this asks every record and stays as the tests'
    /// oracle for them.
    /// </summary>
    internal static string PastTheYearsKept { get; } = string.Join(
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

/// <summary>A parent table joined to a kind of record, as <paramref name="Alias"/>.</summary>
internal sealed record FileEntryJoin(string Table, string Alias, string On);

/// <summary>One kind of record of a file (see <see cref="FileEntrySql.Kinds"/>), its table read as <c>x</c>.</summary>
internal sealed record FileEntry(string Table, FileEntryJoin? Join, string Applicant, string Date)
{
    /// <summary>The FROM clause with the record's rows read from <paramref name="rows"/> and the parent's from <paramref name="parentRows"/>.</summary>
    public string From(string rows, string? parentRows) =>
        Join is { } join ? $"{rows} x JOIN {parentRows} {join.Alias} ON {join.On}" : $"{rows} x";
}
