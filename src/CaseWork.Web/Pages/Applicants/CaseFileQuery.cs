using System.Text.Json;
using System.Text.Json.Serialization;
using CaseWork.Web.Pages.Journal;
using CaseWork.Web.Pages.Referrals;
using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Web.Pages.Applicants;

/// <summary>
/// The case page's reads: the applicant with the recent aid months and the case's aid and investigation facts, every
/// plan, one page of the journal and the Jobbtorg referrals, as one statement that returns them as one JSON document
/// (the <see cref="Infrastructure.Indicators.IndicatorReportRead"/> shape): one round trip instead of four (issue 17).
/// The scope is the applicants' query filter itself: EF Core composes the statement with <c>db.Applicants</c>, so the
/// document is built only for an applicant the reader may see, and the records hanging off it are read by its id (as
/// <see cref="CaseQuery.CaseFacts"/> reads them, ADR 0003 point 5). The case's facts (<see cref="ApplicantCaseFacts"/>)
/// are those of <see cref="CaseQuery.CaseFacts"/>, taken from the same read (the active plan is one of the plans read).
/// <c>CaseFileReadTests</c> holds it to the LINQ reads it replaced. Kept apart from the page so that the benchmarks run
/// the very same query.
/// </summary>
public static class CaseFileQuery
{
    public const int MonthsShown = 24;

    // The journal's columns and order are CaseJournalQuery's; the referrals' are ApplicantReferralsQuery.Listed's.
    private const string Sql = $"""
        SELECT a.id, json_build_object(
            'applicant', (SELECT row_to_json(s) FROM (
                SELECT a.id, a.personal_identity_number, a.first_name, a.last_name, a.email, a.phone, a.street_address, a.postal_code, a.city,
                       a.household, a.number_of_children, a.reason, a.has_protected_identity, a.assigned_worker_id, a.registered_at,
                       (SELECT d.name FROM districts d WHERE d.id = a.district_id) AS district,
                       (SELECT u.name FROM units u WHERE u.id = a.unit_id) AS unit,
                       (SELECT w.display_name FROM "AspNetUsers" w WHERE w.id = a.assigned_worker_id) AS assigned_worker) s),
            'months', (SELECT coalesce(json_agg(s ORDER BY s.month DESC), '[]') FROM (
                SELECT m.month, m.decision FROM aid_months m WHERE m.applicant_id = a.id AND m.month >= @shown_from) s),
            'aid_months_in_window', (SELECT count(*) FROM aid_months m
                WHERE m.applicant_id = a.id AND m.month BETWEEN @window_from AND @window_to AND m.decision IN {AidPaidSql.Decisions}),
            'receiving_aid', EXISTS (SELECT 1 FROM aid_months m
                WHERE m.applicant_id = a.id AND m.month BETWEEN @recent_from AND @window_to AND m.decision IN {AidPaidSql.Decisions}),
            'has_signed_investigation', EXISTS (SELECT 1 FROM basic_investigations i WHERE i.applicant_id = a.id AND i.signed_at IS NOT NULL),
            'plans', (SELECT coalesce(json_agg(s ORDER BY s.rank, s.started_at DESC), '[]') FROM (
                SELECT p.id, p.status, p.started_at, p.draft, p.next_follow_up_on, v.content AS newest, v.number,
                       CASE p.status WHEN 'Active' THEN 0 WHEN 'Draft' THEN 1 ELSE 2 END AS rank
                FROM work_plans p
                LEFT JOIN LATERAL (SELECT v.content, v.number FROM work_plan_versions v
                                   WHERE v.work_plan_id = p.id ORDER BY v.number DESC LIMIT 1) v ON true
                WHERE p.applicant_id = a.id) s),
            'journal', (SELECT coalesce(json_agg(s ORDER BY s.event_date DESC, s.id DESC), '[]') FROM (
                SELECT n.id, n.kind, n.event_date, n.written_at, n.signed_at IS NOT NULL AS is_signed,
                       coalesce((SELECT u.display_name FROM "AspNetUsers" u WHERE u.id = n.author_id), '–') AS author,
                       substring(n.text, 1, @excerpt) AS excerpt, length(n.text) > @excerpt AS is_cut,
                       n.corrects_note_id IS NOT NULL AS is_correction,
                       EXISTS (SELECT 1 FROM journal_notes c WHERE c.applicant_id = a.id AND c.corrects_note_id = n.id) AS is_corrected,
                       EXISTS (SELECT 1 FROM note_objections o WHERE o.note_id = n.id) AS has_objection
                FROM journal_notes n
                WHERE n.applicant_id = a.id AND (@kind IS NULL OR n.kind = @kind)
                  AND (@before_id IS NULL OR (n.event_date, n.id) < (@before_date, @before_id))
                ORDER BY n.event_date DESC, n.id DESC
                LIMIT @take) s),
            'referrals', (SELECT coalesce(json_agg(s ORDER BY s.sent_on DESC, s.id DESC), '[]') FROM (
                SELECT r.id, r.program, (SELECT c.name FROM job_centres c WHERE c.id = r.job_centre_id) AS job_centre, r.sent_on,
                       r.received_on, r.first_visit_on, r.job_plan_on, r.closed_on, r.place_granted_on,
                       (SELECT q.position FROM resurs_queue_positions q WHERE q.referral_id = r.id LIMIT 1) AS queue_position
                FROM referrals r WHERE r.applicant_id = a.id) s)
        )::text AS value
        FROM applicants a
        WHERE a.id = @id
        """;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(), new UtcConverter() },
    };

    /// <summary>The case page's reads, or null when the applicant is not one the reader may see (or none at all).</summary>
    public static async Task<CaseFileView?> LoadAsync(
        CaseWorkDbContext db, Guid applicantId, JournalNoteKind? journalKind, string? journalBefore, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var (from, to) = LongTermAidRule.WindowEndingIn(today);
        var cursor = CaseJournalQuery.ParseCursor(journalBefore);
        object[] parameters =
        [
            new NpgsqlParameter("id", NpgsqlDbType.Uuid) { Value = applicantId },
            new NpgsqlParameter("shown_from", NpgsqlDbType.Date) { Value = to.AddMonths(-(MonthsShown - 1)) },
            new NpgsqlParameter("window_from", NpgsqlDbType.Date) { Value = from },
            new NpgsqlParameter("window_to", NpgsqlDbType.Date) { Value = to },
            new NpgsqlParameter("recent_from", NpgsqlDbType.Date) { Value = LongTermAidRule.ReceivingAidFrom(today) },
            new NpgsqlParameter("excerpt", NpgsqlDbType.Integer) { Value = CaseJournalQuery.ExcerptLength },
            new NpgsqlParameter("kind", NpgsqlDbType.Text) { Value = (object?)journalKind?.ToString() ?? DBNull.Value },
            new NpgsqlParameter("before_date", NpgsqlDbType.Date) { Value = (object?)cursor?.EventDate ?? DBNull.Value },
            new NpgsqlParameter("before_id", NpgsqlDbType.Uuid) { Value = (object?)cursor?.Id ?? DBNull.Value },
            new NpgsqlParameter("take", NpgsqlDbType.Integer) { Value = CaseJournalQuery.PageSize + 1 },
        ];

        // The scope: the applicants' query filter, on the statement's applicant.
        var json = await db.Database.SqlQueryRaw<Row>(Sql, parameters)
            .Where(r => db.Applicants.Any(a => a.Id == r.Id))
            .Select(r => r.Value)
            .SingleOrDefaultAsync(cancellationToken);
        if (json is null)
        {
            return null;
        }

        var read = JsonSerializer.Deserialize<Document>(json, Json)!;
        var a = read.Applicant;
        var applicant = new ApplicantView(
            a.Id,
            a.PersonalIdentityNumber,
            new ApplicantDetails(a.FirstName, a.LastName, a.Email, a.Phone, a.StreetAddress, a.PostalCode, a.City, a.Household,
                a.NumberOfChildren, a.Reason, a.HasProtectedIdentity),
            Applicant.ContactVisible(a.HasProtectedIdentity, a.AssignedWorkerId, db.CurrentUser.UserId),
            a.District,
            a.Unit,
            a.AssignedWorker,
            a.RegisteredAt,
            read.Months);
        var plans = read.Plans.Select(p =>
        {
            var newest = JsonColumn.Deserialize<PlanContent>(p.Newest);
            return new PlanSummary(p.Id, p.Status, p.StartedAt, p.Status == WorkPlanStatus.Active ? newest : null, p.Number, p.NextFollowUpOn,
                PlanPeriod.Of(JsonColumn.Deserialize<PlanContent>(p.Draft) ?? newest)!);
        }).ToList();
        var active = plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);
        var facts = new ApplicantCaseFacts
        {
            Id = applicantId,
            AidMonthsInWindow = read.AidMonthsInWindow,
            ReceivingAid = read.ReceivingAid,
            ActivePlanContent = active?.ActiveContent,
            ActivePlanVersion = active?.VersionNumber,
            NextFollowUpOn = active?.NextFollowUpOn,
            HasSignedInvestigation = read.HasSignedInvestigation,
        };
        var journal = CaseJournalQuery.PageOf(read.Journal, journalBefore);
        var referrals = new ApplicantReferrals(applicantId, db.CurrentUser.Scope.CanWritePlans, today, read.Referrals);
        return new CaseFileView(applicant, plans, journal, facts, referrals);
    }

    /// <summary>The statement's row (its columns named by the model's snake-case convention), which EF Core composes with the scope.</summary>
    private sealed record Row(Guid Id, string Value);

    private sealed record Document(
        ApplicantRow Applicant,
        List<AidMonthView> Months,
        int AidMonthsInWindow,
        bool ReceivingAid,
        bool HasSignedInvestigation,
        List<PlanRow> Plans,
        List<JournalRow> Journal,
        List<ApplicantReferrals.Row> Referrals);

    private sealed record ApplicantRow(
        Guid Id,
        string PersonalIdentityNumber,
        string FirstName,
        string LastName,
        string? Email,
        string? Phone,
        string? StreetAddress,
        string? PostalCode,
        string? City,
        HouseholdType Household,
        int NumberOfChildren,
        AidReason Reason,
        bool HasProtectedIdentity,
        string? AssignedWorkerId,
        DateTimeOffset RegisteredAt,
        string District,
        string Unit,
        string? AssignedWorker);

    /// <param name="Draft">The draft's snapshot, as stored (jsonb), or null.</param>
    /// <param name="Newest">The newest version's snapshot, as stored, or null before the first version.</param>
    private sealed record PlanRow(
        Guid Id, WorkPlanStatus Status, DateTimeOffset StartedAt, JsonElement? Draft, DateOnly? NextFollowUpOn, JsonElement? Newest, int? Number);

    /// <summary>Times as EF Core reads a <c>timestamptz</c>: in UTC, whatever the session's time zone wrote into the JSON.</summary>
    private sealed class UtcConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetDateTimeOffset().ToUniversalTime();

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }
}

public sealed record CaseFileView(
    ApplicantView Applicant, List<PlanSummary> Plans, JournalPage Journal, ApplicantCaseFacts Facts, ApplicantReferrals Referrals)
{
    public PlanSummary? ActivePlan => Plans.FirstOrDefault(p => p.Status == WorkPlanStatus.Active);
}

/// <param name="Period">The period of the draft or the newest version, by which the plan is named (<see cref="PlanName"/>).</param>
public sealed record PlanSummary(
    Guid Id, WorkPlanStatus Status, DateTimeOffset StartedAt, PlanContent? ActiveContent, int? VersionNumber, DateOnly? NextFollowUpOn, PlanPeriod Period);

public sealed record ApplicantView(
    Guid Id,
    string PinDigits,
    ApplicantDetails Details,
    bool ContactVisible,
    string District,
    string Unit,
    string? AssignedWorker,
    DateTimeOffset RegisteredAt,
    List<AidMonthView> RecentMonths)
{
    public string Pin => PersonalIdentityNumber.FromStored(PinDigits).ToString();

    public string Name => ApplicantDisplayName.Of(Details.FirstName, Details.LastName);
}

public sealed record AidMonthView(DateOnly Month, AidDecision Decision);
