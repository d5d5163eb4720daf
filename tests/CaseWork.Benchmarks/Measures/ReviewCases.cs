using System.Globalization;
using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Calendar;
using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.Due;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Infrastructure.CaseReviews;
using CaseWork.Infrastructure.Persistence;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.CaseReviews;
using CaseWork.Web.Pages.Due;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// A page of an ongoing case review of the bench unit's largest caseload: its header with the case counts, then a page
/// of its cases in name order with their actions and live facts (ReviewHeaderQuery, ReviewCasesQuery.LoadAsync). The
/// review is the unit's ongoing review with the most cases; when the unit has none, the set-up opens one (set-based,
/// ReviewOpening) for the worker with the most cases, once, and leaves it for the next run.
/// Raw: the same reads as hand-written SQL, the least a hand-written page would send: the facts of the page's cases in one
/// statement of lateral joins (aid months, the active plan's newest version, the signed investigation, the monthly checks
/// and the last talk) and one of their open referrals, the same rules run in memory.
/// </summary>
public abstract class ReviewCases(int pageSize) : Measure
{
    private const string Header = """
        SELECT count(*)::int, (count(*) FILTER (WHERE decision IS NULL))::int FROM case_review_entries WHERE review_id = $1
        """;

    private const string Entries = """
        SELECT e.id, e.applicant_id, a.first_name, a.last_name, a.personal_identity_number, e.decision, e.comment
        FROM case_review_entries e LEFT JOIN applicants a ON a.id = e.applicant_id AND a.unit_id = $2
        WHERE e.review_id = $1
          AND (NOT $3
               OR ($7 AND a.id IS NULL AND e.id > $6)
               OR (NOT $7 AND (a.id IS NULL OR (a.last_name, a.first_name, e.id) > ($4, $5, $6))))
        ORDER BY a.id IS NULL, a.last_name, a.first_name, e.id
        LIMIT $8
        """;

    // The key of the last case of each of the first nine pages (set-up only, not timed): where pages 2..10 start.
    private const string PageEnds = """
        SELECT a.last_name, a.first_name, a.personal_identity_number, e.id
        FROM case_review_entries e LEFT JOIN applicants a ON a.id = e.applicant_id AND a.unit_id = $2
        WHERE e.review_id = $1
        ORDER BY a.id IS NULL, a.last_name, a.first_name, e.id
        LIMIT $3
        """;

    private const string Actions = """
        SELECT x.id, x.entry_id, x.description, x.owner_id, u.display_name, x.due_on, x.done_at
        FROM review_actions x JOIN "AspNetUsers" u ON u.id = x.owner_id
        WHERE x.entry_id = ANY($1) ORDER BY x.due_on, x.id
        """;

    // $2..$3 the long-term window, $4 the first month of "receiving aid", $5 the first month the due list's aid counts,
    // $6 the first month of the monthly checks it counts.
    private const string Facts = $$"""
        SELECT a.id, m.in_window, m.receiving, m.recent, p.id IS NOT NULL, p.content, p.number, p.next_follow_up_on,
               EXISTS (SELECT 1 FROM basic_investigations i WHERE i.applicant_id = a.id AND i.signed_at IS NOT NULL),
               c.last_at, c.months, t.held_on, t.kind
        FROM applicants a
        CROSS JOIN LATERAL (
            SELECT (count(*) FILTER (WHERE month >= $2 AND month <= $3))::int AS in_window,
                   coalesce(bool_or(month >= $4 AND month <= $3), false) AS receiving,
                   coalesce(array_agg(month) FILTER (WHERE month >= $5 AND month <= $3), '{}'::date[]) AS recent
            FROM aid_months WHERE applicant_id = a.id AND decision IN {{AidPaidSql.Decisions}}) m
        LEFT JOIN LATERAL (
            SELECT w.id, w.next_follow_up_on, v.content, v.number
            FROM work_plans w
            LEFT JOIN LATERAL (SELECT content, number FROM work_plan_versions WHERE work_plan_id = w.id ORDER BY number DESC LIMIT 1) v ON true
            WHERE w.applicant_id = a.id AND w.status = 'Active' LIMIT 1) p ON true
        CROSS JOIN LATERAL (
            SELECT max(recorded_at) AS last_at, coalesce(array_agg(month) FILTER (WHERE month >= $6), '{}'::date[]) AS months
            FROM monthly_checks WHERE applicant_id = a.id) c
        LEFT JOIN LATERAL (
            SELECT held_on, kind FROM follow_up_talks WHERE applicant_id = a.id ORDER BY held_on DESC, recorded_at DESC LIMIT 1) t ON true
        WHERE a.id = ANY($1) AND a.unit_id = $7
        """;

    private const string Referrals = """
        SELECT r.applicant_id, r.id, r.program, r.received_on, r.first_visit_on, r.job_plan_on, r.deeper_job_plan_on, r.joint_follow_up_on,
               r.place_granted_on, r.place_granted_from_queue AND r.place_notice_acknowledged_at IS NULL, c.name
        FROM referrals r JOIN job_centres c ON c.id = r.job_centre_id
        WHERE r.applicant_id = ANY($1) AND r.closed_on IS NULL
        ORDER BY r.sent_on, r.id
        """;

    private Guid _reviewId;

    /// <summary>Where each of the first ten pages starts: none for the first, then the last case of the page before.</summary>
    private ApplicantListCursor?[] _cursors = [];

    public override async Task SetUpAsync(BenchContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await FindReviewAsync(context, cancellationToken);
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var ends = await context.ReadAllAsync(
            connection,
            PageEnds,
            r => new ApplicantListCursor(ApplicantSort.Name, r.StringOrNull(0) ?? string.Empty, r.StringOrNull(1) ?? string.Empty, r.StringOrNull(2) ?? string.Empty, r.GetGuid(3)),
            cancellationToken, _reviewId, context.UnitId, 9 * pageSize);
        _cursors = [null, .. ends.Where((_, i) => (i + 1) % pageSize == 0)];
    }

    private async Task FindReviewAsync(BenchContext context, CancellationToken cancellationToken)
    {
        await using var command = context.DataSource.CreateCommand("""
            SELECT r.id FROM case_reviews r WHERE r.unit_id = $1 AND r.status = 'Ongoing'
            ORDER BY (SELECT count(*) FROM case_review_entries e WHERE e.review_id = r.id) DESC LIMIT 1
            """);
        command.Parameters.AddWithValue(context.UnitId);
        if (await command.ExecuteScalarAsync(cancellationToken) is Guid existing)
        {
            _reviewId = existing;
            return;
        }

        await using var largest = context.DataSource.CreateCommand("""
            SELECT assigned_worker_id, count(*)::int FROM applicants WHERE unit_id = $1 AND assigned_worker_id IS NOT NULL
            GROUP BY assigned_worker_id ORDER BY count(*) DESC LIMIT 1
            """);
        largest.Parameters.AddWithValue(context.UnitId);
        await using var reader = await largest.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (workerId, cases) = (reader.GetString(0), reader.GetInt32(1));
        await using var db = context.NewDbContext();
        var districtId = context.User.Scope.DistrictId ?? await db.Units.Where(u => u.Id == context.UnitId).Select(u => u.DistrictId).SingleAsync(cancellationToken);
        var review = CaseReview.Open(context.UnitId, districtId, workerId, context.User.UserId!, cases, context.Clock.GetUtcNow(), context.Today);
        await new ReviewOpening(db, context.NewAuditLog(db)).SaveAsync(review, cases, cancellationToken);
        _reviewId = review.Id;
    }

    /// <summary>Where the page an iteration reads starts: a different one each time, over the first ten (fewer in a small review).</summary>
    private ApplicantListCursor? CursorOf(int iteration) => _cursors[iteration % _cursors.Length];

    public override async Task<object> AppAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var db = context.NewDbContext();
        var header = (await ReviewHeaderQuery.LoadAsync(db, _reviewId, cancellationToken))!;
        var query = new ReviewCasesQuery(db, new ReviewCaseFactsQuery(db, new DueFactsQuery(db), context.Quality));
        var rows = (await query.LoadAsync(header, new KeysetPosition<ApplicantListCursor>(CursorOf(iteration), null), undecidedOnly: false, context.Today, cancellationToken, pageSize)).Rows;
        return (header.Cases, header.Undecided, rows);
    }

    public override async Task<object> RawAsync(BenchContext context, int iteration, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var today = context.Today;
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        var counts = await context.ReadAllAsync(connection, Header, r => (r.GetInt32(0), r.GetInt32(1)), cancellationToken, _reviewId);
        var entries = await context.ReadAllAsync(connection, Entries, r => (
            Id: r.GetGuid(0), ApplicantId: r.GetGuid(1),
            Name: r.IsDBNull(2) ? null : ApplicantDisplayName.Of(r.GetString(2), r.GetString(3)),
            Pin: r.StringOrNull(4), Decision: r.IsDBNull(5) ? (ReviewDecision?)null : r.Enum<ReviewDecision>(5), Comment: r.StringOrNull(6)),
            cancellationToken, _reviewId, context.UnitId, CursorOf(iteration) is not null, CursorOf(iteration)?.LastName ?? string.Empty,
            CursorOf(iteration)?.FirstName ?? string.Empty, CursorOf(iteration)?.Id ?? Guid.Empty, CursorOf(iteration)?.Pin.Length == 0, pageSize);
        var actions = (await context.ReadAllAsync(connection, Actions, r => new ActionRow(
            r.GetGuid(0), r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetFieldValue<DateOnly>(5), r.ValueOrNull<DateTimeOffset>(6)),
            cancellationToken, entries.Select(e => e.Id).ToArray())).ToLookup(a => a.EntryId);
        var ids = entries.Where(e => e.Name is not null).Select(e => e.ApplicantId).ToArray();
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var facts = await context.ReadAllAsync(connection, Facts, r => (
            Id: r.GetGuid(0), InWindow: r.GetInt32(1), Receiving: r.GetBoolean(2), Recent: r.GetFieldValue<DateOnly[]>(3),
            HasPlan: r.GetBoolean(4), Content: r.PlanContentOrNull(5), Version: r.ValueOrNull<int>(6), NextFollowUpOn: r.ValueOrNull<DateOnly>(7),
            Investigation: r.GetBoolean(8), LastCheckAt: r.ValueOrNull<DateTimeOffset>(9), CheckMonths: r.GetFieldValue<DateOnly[]>(10),
            TalkOn: r.ValueOrNull<DateOnly>(11), TalkKind: r.IsDBNull(12) ? (FollowUpTalkKind?)null : r.Enum<FollowUpTalkKind>(12)),
            cancellationToken, ids, from, to, LongTermAidRule.ReceivingAidFrom(today), to.AddMonths(-2), to.AddMonths(-1), context.UnitId);
        var referrals = (await context.ReadAllAsync(connection, Referrals, r => (
            ApplicantId: r.GetGuid(0),
            Review: new ReviewReferral(
                r.Enum<ReferralProgram>(2),
                Referral.ReferralStatusOf(null, r.ValueOrNull<DateOnly>(4), r.ValueOrNull<DateOnly>(3), r.Enum<ReferralProgram>(2), r.ValueOrNull<DateOnly>(8)),
                r.GetString(10),
                r.ValueOrNull<DateOnly>(4) is { } first && JobPlanDeadline.IsJobPlanLate(first, r.ValueOrNull<DateOnly>(5), today)),
            Due: new OpenReferralFacts(r.GetGuid(1), r.ValueOrNull<DateOnly>(4), r.ValueOrNull<DateOnly>(5), r.ValueOrNull<DateOnly>(6), r.ValueOrNull<DateOnly>(7),
                r.GetBoolean(9) ? r.ValueOrNull<DateOnly>(8) : null)),
            cancellationToken, ids)).GroupBy(x => x.ApplicantId).ToDictionary(g => g.Key, g => g.Last());

        var factsBy = facts.ToDictionary(f => f.Id, f =>
        {
            var referral = referrals.GetValueOrDefault(f.Id);
            var talk = f.TalkOn is { } on ? new ReviewFollowUp(on, f.TalkKind == FollowUpTalkKind.MultiParty ? JournalNoteKind.MultiPartyTalk : JournalNoteKind.ThreePartyTalk) : null;
            var due = f.Recent.Length > 0 || f.HasPlan || referral.Due is not null
                ? ReviewCaseFacts.NextDueOf(FollowUpSchedule.DueFor(new CaseFacts(f.Id, [.. f.Recent], [.. f.CheckMonths], f.NextFollowUpOn, referral.Due, f.TalkOn), today))
                : null;
            var caseFacts = new ApplicantCaseFacts
            {
                Id = f.Id, AidMonthsInWindow = f.InWindow, ReceivingAid = f.Receiving, ActivePlanContent = f.Content, ActivePlanVersion = f.Version,
                NextFollowUpOn = f.NextFollowUpOn, HasSignedInvestigation = f.Investigation,
            };
            return new ReviewCaseFacts(
                f.InWindow,
                f.Content is null ? null : f.Version,
                caseFacts.Signals(context.Quality, today),
                ReviewCaseFacts.LastFollowUpOf(f.LastCheckAt?.DateInSweden(), talk),
                due,
                referral.Review,
                PlanPeriod.Of(f.Content));
        });
        var rows = entries.ConvertAll(e => new CaseRow(
            e.Id, e.ApplicantId, e.Name, e.Pin, e.Decision, e.Comment, factsBy.GetValueOrDefault(e.ApplicantId), actions[e.Id].ToList()));
        return (counts[0].Item1, counts[0].Item2, rows);
    }

    /// <summary>The counts, then each case as the table shows it: name, decision, facts, actions.</summary>
    public override string Fingerprint(object result)
    {
        var (cases, undecided, rows) = ((int, int, List<CaseRow>))result;
        return string.Create(CultureInfo.InvariantCulture, $"{cases}/{undecided}: ") + string.Join("; ", rows.Select(r =>
            $"{r.EntryId:N} {r.ApplicantName} {r.Decision} {r.Actions.Count} " +
            (r.Facts is not { } f ? "-" : $"{f.AidMonthsInWindow} {f.ActivePlanVersion} [{string.Join(',', f.Signals)}] {f.LastFollowUp} {f.NextDue} {f.Referral} {f.ActivePlanPeriod}")));
    }
}

/// <summary>/CaseReviews/{id}?p=N&amp;after=…: a page of 50 cases of the review.</summary>
public sealed class ReviewDetails() : ReviewCases(ReviewCasesQuery.PageSize)
{
    public override string Name => "Review details";

    public override string Description =>
        "/CaseReviews/{id}?p=N&after=… of the bench unit's largest ongoing review: the header's counts and a keyset page of 50 cases in name " +
        "order with their actions and live facts (ReviewHeaderQuery, ReviewCasesQuery). Raw: the same with the facts in one " +
        "statement of lateral joins.";
}

/// <summary>/CaseReviews/{id}/Print?p=N&amp;after=…: a part of 200 cases, as the print (and each part of "Skriv ut alla") reads it.</summary>
public sealed class ReviewPrint() : ReviewCases(PrintModel.PageSize)
{
    public override string Name => "Review print (a part)";

    public override string Description =>
        "/CaseReviews/{id}/Print?p=N&after=… of the same review: a keyset part of 200 cases, as the print and each part of \"Skriv ut alla\" " +
        "read it. Raw: the same reads as for the details.";
}
