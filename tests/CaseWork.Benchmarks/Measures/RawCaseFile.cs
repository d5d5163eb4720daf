using CaseWork.Benchmarks.Harness;
using CaseWork.Domain.Applicants;
using CaseWork.Domain.Auditing;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.WorkPlans;
using CaseWork.Web.Cases;
using CaseWork.Web.Pages.Applicants;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;
using Npgsql;

namespace CaseWork.Benchmarks.Measures;

/// <summary>
/// The case page as hand-written SQL: the scope checked once up front, as hand-written code would; then the case with
/// its months, the plans, a journal page and the referrals, sent together in one <see cref="NpgsqlBatch"/> (one round
/// trip, as the app's one statement is; the indicator read's raw side batches the same way); then the audit row. The
/// case's facts come from the case's own read (the signed investigation a column of it) and the plans, as the app's do.
/// </summary>
internal static class RawCaseFile
{
    private const string InScope = "SELECT EXISTS (SELECT 1 FROM applicants WHERE id = $1 AND unit_id = $2)";

    private const string Applicant = """
        SELECT a.id, a.personal_identity_number, a.first_name, a.last_name, NOT a.has_protected_identity OR a.assigned_worker_id = $3,
               a.email, a.phone, a.street_address, a.postal_code, a.city, a.household, a.number_of_children, a.reason,
               a.has_protected_identity, d.name, u.name, w.display_name, a.registered_at,
               (SELECT count(*)::int FROM aid_months m WHERE m.applicant_id = a.id AND m.month >= $4 AND m.month <= $5 AND m.decision <> 'Refused'),
               EXISTS (SELECT 1 FROM basic_investigations i WHERE i.applicant_id = a.id AND i.signed_at IS NOT NULL)
        FROM applicants a
        JOIN districts d ON d.id = a.district_id
        JOIN units u ON u.id = a.unit_id
        LEFT JOIN "AspNetUsers" w ON w.id = a.assigned_worker_id
        WHERE a.id = $1 AND a.unit_id = $2
        """;

    private const string Months = "SELECT month, decision FROM aid_months WHERE applicant_id = $1 AND month >= $2 ORDER BY month DESC";

    private const string Plans = """
        SELECT p.id, p.status, p.started_at,
               CASE WHEN p.status = 'Active' THEN
                   (SELECT v.content FROM work_plan_versions v WHERE v.work_plan_id = p.id ORDER BY v.number DESC LIMIT 1) END,
               (SELECT max(v.number) FROM work_plan_versions v WHERE v.work_plan_id = p.id),
               p.next_follow_up_on,
               coalesce(p.draft, (SELECT v.content FROM work_plan_versions v WHERE v.work_plan_id = p.id ORDER BY v.number DESC LIMIT 1))
        FROM work_plans p
        WHERE p.applicant_id = $1
        ORDER BY CASE p.status WHEN 'Active' THEN 0 WHEN 'Draft' THEN 1 ELSE 2 END, p.started_at DESC
        """;

    private const string Journal = """
        SELECT n.id, n.kind, n.event_date, n.written_at, n.signed_at IS NOT NULL,
               coalesce((SELECT u.display_name FROM "AspNetUsers" u WHERE u.id = n.author_id), '–'),
               substring(n.text, 1, $2), length(n.text) > $2, n.corrects_note_id IS NOT NULL,
               EXISTS (SELECT 1 FROM journal_notes c WHERE c.corrects_note_id = n.id),
               EXISTS (SELECT 1 FROM note_objections o WHERE o.note_id = n.id)
        FROM journal_notes n
        WHERE n.applicant_id = $1
        ORDER BY n.event_date DESC, n.id DESC
        LIMIT $3
        """;

    private const string Referrals = """
        SELECT r.id, r.program, c.name, r.sent_on, r.received_on, r.first_visit_on, r.job_plan_on, r.closed_on, r.place_granted_on,
               (SELECT q.position::int FROM resurs_queue_positions q WHERE q.referral_id = r.id)
        FROM referrals r
        JOIN job_centres c ON c.id = r.job_centre_id
        WHERE r.applicant_id = $1
        ORDER BY r.sent_on DESC, r.id DESC
        """;

    private const string Audit = "INSERT INTO audit_entries (occurred_at, user_id, user_name, action, applicant_id) VALUES ($1, $2, $3, $4, $5)";

    public static async Task<CaseFileView> LoadAsync(BenchContext context, Guid applicantId, CancellationToken cancellationToken)
    {
        var today = context.Today;
        await using var connection = await context.DataSource.OpenConnectionAsync(cancellationToken);
        await using (var scope = context.Command(connection, InScope))
        {
            scope.Parameters.AddWithValue(applicantId);
            scope.Parameters.AddWithValue(context.UnitId);
            if (!(bool)(await scope.ExecuteScalarAsync(cancellationToken))!)
            {
                throw new InvalidOperationException("The bench applicant is outside the bench user's scope.");
            }
        }

        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        await using var batch = context.Batch(connection);
        batch.Add(Applicant, applicantId, context.UnitId, context.User.UserId!, from, to);
        batch.Add(Months, applicantId, to.AddMonths(-(CaseFileQuery.MonthsShown - 1)));
        batch.Add(Plans, applicantId);
        batch.Add(Journal, applicantId, CaseJournalQuery.ExcerptLength, CaseJournalQuery.PageSize + 1);
        batch.Add(Referrals, applicantId);
        ApplicantView applicant;
        int aidMonthsInWindow;
        bool signed;
        List<PlanSummary> plans;
        JournalPage journal;
        ApplicantReferrals referrals;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            (applicant, aidMonthsInWindow, signed) = await ApplicantAsync(reader, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            plans = await PlansAsync(reader, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            journal = await JournalAsync(reader, cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            referrals = await ReferralsAsync(context, reader, applicantId, today, cancellationToken);
        }

        var active = plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);
        var facts = new ApplicantCaseFacts
        {
            Id = applicantId,
            AidMonthsInWindow = aidMonthsInWindow,
            ReceivingAid = applicant.RecentMonths.Any(m =>
                m.Month >= LongTermAidRule.ReceivingAidFrom(today) && m.Month <= to && LongTermAidRule.CountsAsAid(m.Decision)),
            ActivePlanContent = active?.ActiveContent,
            ActivePlanVersion = active?.VersionNumber,
            NextFollowUpOn = active?.NextFollowUpOn,
            HasSignedInvestigation = signed,
        };
        var file = new CaseFileView(applicant, plans, journal, facts, referrals);
        _ = file.Facts.Signals(context.Quality, today);
        await using (var audit = context.Command(connection, Audit))
        {
            audit.Parameters.AddWithValue(context.Clock.GetUtcNow());
            audit.Parameters.AddWithValue(context.User.UserId);
            audit.Parameters.AddWithValue(context.User.UserName);
            audit.Parameters.AddWithValue(nameof(AuditAction.ApplicantViewed));
            audit.Parameters.AddWithValue(applicantId);
            await audit.ExecuteNonQueryAsync(cancellationToken);
        }

        return file;
    }

    /// <summary>The case with its aid and investigation facts (the batch's first result), and its months (the second).</summary>
    private static async Task<(ApplicantView View, int AidMonthsInWindow, bool Signed)> ApplicantAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        await reader.ReadAsync(cancellationToken);
        var view = new ApplicantView(
            reader.GetGuid(0), reader.GetString(1),
            new ApplicantDetails(
                reader.GetString(2), reader.GetString(3), reader.StringOrNull(5), reader.StringOrNull(6), reader.StringOrNull(7), reader.StringOrNull(8),
                reader.StringOrNull(9), reader.Enum<HouseholdType>(10), reader.GetInt32(11), reader.Enum<AidReason>(12), reader.GetBoolean(13)),
            reader.GetBoolean(4),
            reader.GetString(14), reader.GetString(15), reader.StringOrNull(16), reader.GetFieldValue<DateTimeOffset>(17), []);
        var aidMonthsInWindow = reader.GetInt32(18);
        var signed = reader.GetBoolean(19);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            view.RecentMonths.Add(new AidMonthView(reader.GetFieldValue<DateOnly>(0), reader.Enum<AidDecision>(1)));
        }

        return (view, aidMonthsInWindow, signed);
    }

    private static async Task<List<PlanSummary>> PlansAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var plans = new List<PlanSummary>();
        while (await reader.ReadAsync(cancellationToken))
        {
            plans.Add(new PlanSummary(reader.GetGuid(0), reader.Enum<WorkPlanStatus>(1), reader.GetFieldValue<DateTimeOffset>(2),
                reader.PlanContentOrNull(3), reader.ValueOrNull<int>(4), reader.ValueOrNull<DateOnly>(5), PlanPeriod.Of(reader.PlanContentOrNull(6))!));
        }

        return plans;
    }

    private static async Task<JournalPage> JournalAsync(NpgsqlDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<JournalRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new JournalRow(reader.GetGuid(0), reader.Enum<JournalNoteKind>(1), reader.GetFieldValue<DateOnly>(2),
                reader.GetFieldValue<DateTimeOffset>(3), reader.GetBoolean(4), reader.GetString(5), reader.GetString(6), reader.GetBoolean(7),
                reader.GetBoolean(8), reader.GetBoolean(9), reader.GetBoolean(10)));
        }

        var hasOlder = rows.Count > CaseJournalQuery.PageSize;
        if (hasOlder)
        {
            rows.RemoveAt(CaseJournalQuery.PageSize);
        }

        return new JournalPage(rows, hasOlder ? $"{rows[^1].EventDate:yyyy-MM-dd}_{rows[^1].Id:N}" : null, false);
    }

    private static async Task<ApplicantReferrals> ReferralsAsync(
        BenchContext context, NpgsqlDataReader reader, Guid applicantId, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = new List<ApplicantReferrals.Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new ApplicantReferrals.Row(reader.GetGuid(0), reader.Enum<ReferralProgram>(1), reader.GetString(2),
                reader.GetFieldValue<DateOnly>(3), reader.ValueOrNull<DateOnly>(4), reader.ValueOrNull<DateOnly>(5), reader.ValueOrNull<DateOnly>(6),
                reader.ValueOrNull<DateOnly>(7), reader.ValueOrNull<DateOnly>(8), reader.ValueOrNull<int>(9)));
        }

        return new ApplicantReferrals(applicantId, context.User.Scope.CanWritePlans, today, rows);
    }

    /// <summary>What the page shows, row by row.</summary>
    public static string Fingerprint(CaseFileView file)
    {
        var a = file.Applicant;
        var d = a.Details;
        return string.Join('\n',
            $"{a.Id} {a.Pin} {d.LastName}, {d.FirstName} {a.ContactVisible} {d.Email} {d.Phone} {d.City} {d.Household} {d.NumberOfChildren} {d.Reason} " +
            $"{a.District} / {a.Unit} / {a.AssignedWorker} {a.RegisteredAt:O} {file.Facts.AidMonthsInWindow}",
            string.Join(' ', a.RecentMonths.Select(m => $"{m.Month:yyyy-MM}:{m.Decision}")),
            string.Join(' ', file.Plans.Select(p => $"{p.Id}:{p.Status}:{p.VersionNumber}:{p.NextFollowUpOn}:{p.ActiveContent?.Goal}:{p.Period}:{p.StartedAt:O}")),
            string.Join(' ', file.Journal.Notes.Select(n => $"{n.Id}:{n.Kind}:{n.Author}:{n.Excerpt.Length}:{n.IsCut}:{n.IsCorrected}:{n.WrittenAt:O}")),
            $"older={file.Journal.OlderCursor} signed={file.Facts.HasSignedInvestigation}",
            string.Join(' ', file.Referrals.Rows.Select(r => $"{r.Id}:{r.Program}:{r.JobCentre}:{r.Status}:{r.QueuePosition}")));
    }
}
