using Npgsql;
using NpgsqlTypes;

namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>
/// Writes a batch with one binary COPY per table, parents before children, in two transactions that can run on two
/// connections at once: the cases (applicants, aid months, investigations, plans, referrals), then their follow-ups
/// (journal notes, monthly checks, talks, the access log), which need the applicants committed. Every constraint and trigger stays on.
/// </summary>
internal static class BatchCopier
{
    public static async Task WriteCasesAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await CopyAsync(connection, "applicants (id, personal_identity_number, first_name, last_name, household, number_of_children, reason, " +
            "has_protected_identity, district_id, unit_id, assigned_worker_id, registered_at, city)", batch.Applicants, (w, a) =>
        {
            w.Write(a.Id, NpgsqlDbType.Uuid);
            w.Write(a.Pin, NpgsqlDbType.Char);
            w.Write(a.FirstName, NpgsqlDbType.Varchar);
            w.Write(a.LastName, NpgsqlDbType.Varchar);
            w.Write(a.Household.ToString(), NpgsqlDbType.Varchar);
            w.Write(a.Children, NpgsqlDbType.Integer);
            w.Write(a.Reason.ToString(), NpgsqlDbType.Varchar);
            w.Write(false, NpgsqlDbType.Boolean);
            w.Write(a.DistrictId, NpgsqlDbType.Integer);
            w.Write(a.UnitId, NpgsqlDbType.Integer);
            w.WriteText(a.AssignedWorkerId, NpgsqlDbType.Text);
            w.Write(a.RegisteredAt, NpgsqlDbType.TimestampTz);
            w.Write("Stockholm", NpgsqlDbType.Varchar);
        }, cancellationToken);
        await CopyAsync(connection, "aid_months (applicant_id, month, decision)", batch.AidMonths, (w, m) =>
        {
            w.Write(m.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(m.Month, NpgsqlDbType.Date);
            w.Write(m.Decision.ToString(), NpgsqlDbType.Varchar);
        }, cancellationToken);
        await CopyAsync(connection, "basic_investigations (id, applicant_id, author_id, started_at, sections, signed_at, signed_by)", batch.Investigations, (w, i) =>
        {
            w.Write(i.Id, NpgsqlDbType.Uuid);
            w.Write(i.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(i.AuthorId, NpgsqlDbType.Varchar);
            w.Write(i.StartedAt, NpgsqlDbType.TimestampTz);
            w.Write(i.SectionsJson, NpgsqlDbType.Jsonb);
            w.WriteValue(i.SignedAt, NpgsqlDbType.TimestampTz);
            w.WriteText(i.SignedAt is null ? null : i.AuthorId, NpgsqlDbType.Varchar);
        }, cancellationToken);
        await WritePlansAsync(connection, batch, cancellationToken);
        await WriteReferralsAsync(connection, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public static async Task WriteFollowUpsAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await WriteJournalAndFollowUpsAsync(connection, batch, cancellationToken);
        await WriteAccessLogAsync(connection, batch, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task WriteAccessLogAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "audit_entries (action, applicant_id, detail, occurred_at, purpose, reason, reason_text, user_id, user_name)", batch.AccessLog, (w, e) =>
        {
            w.Write(e.Action.ToString(), NpgsqlDbType.Varchar);
            w.WriteValue(e.ApplicantId, NpgsqlDbType.Uuid);
            w.WriteText(e.Detail, NpgsqlDbType.Varchar);
            w.Write(e.OccurredAt, NpgsqlDbType.TimestampTz);
            w.WriteText(e.Purpose?.ToString(), NpgsqlDbType.Varchar);
            w.WriteText(e.Reason?.ToString(), NpgsqlDbType.Varchar);
            w.WriteText(e.ReasonText, NpgsqlDbType.Varchar);
            w.Write(e.UserId, NpgsqlDbType.Varchar);
            w.Write(e.UserName, NpgsqlDbType.Varchar);
        }, cancellationToken);
    }

    private static async Task WritePlansAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "work_plans (id, applicant_id, status, draft, started_at, changed_at, closed_at, closure_reason, next_follow_up_on)", batch.WorkPlans, (w, p) =>
        {
            w.Write(p.Id, NpgsqlDbType.Uuid);
            w.Write(p.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(p.Status.ToString(), NpgsqlDbType.Varchar);
            w.WriteText(p.DraftJson, NpgsqlDbType.Jsonb);
            w.Write(p.StartedAt, NpgsqlDbType.TimestampTz);
            w.Write(p.ChangedAt, NpgsqlDbType.TimestampTz);
            w.WriteValue(p.ClosedAt, NpgsqlDbType.TimestampTz);
            w.WriteText(p.ClosureReason?.ToString(), NpgsqlDbType.Varchar);
            w.WriteValue(p.NextFollowUpOn, NpgsqlDbType.Date);
        }, cancellationToken);
        await CopyAsync(connection, "work_plan_versions (work_plan_id, number, content, created_by, created_at, reason)", batch.PlanVersions, (w, v) =>
        {
            w.Write(v.WorkPlanId, NpgsqlDbType.Uuid);
            w.Write(v.Number, NpgsqlDbType.Integer);
            w.Write(v.ContentJson, NpgsqlDbType.Jsonb);
            w.Write(v.CreatedBy, NpgsqlDbType.Varchar);
            w.Write(v.CreatedAt, NpgsqlDbType.TimestampTz);
            w.WriteText(v.Reason, NpgsqlDbType.Varchar);
        }, cancellationToken);
        await CopyAsync(connection, "work_plan_agreements (work_plan_id, version_number, date, method, applicant_agrees, applicant_view)", batch.PlanAgreements, (w, a) =>
        {
            w.Write(a.WorkPlanId, NpgsqlDbType.Uuid);
            w.Write(a.VersionNumber, NpgsqlDbType.Integer);
            w.Write(a.Date, NpgsqlDbType.Date);
            w.Write(a.Method.ToString(), NpgsqlDbType.Varchar);
            w.Write(a.Agrees, NpgsqlDbType.Boolean);
            w.WriteText(a.View, NpgsqlDbType.Varchar);
        }, cancellationToken);
    }

    private static async Task WriteJournalAndFollowUpsAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "journal_notes (id, applicant_id, author_id, kind, event_date, text, written_at, signed_at)", batch.JournalNotes, (w, n) =>
        {
            w.Write(n.Id, NpgsqlDbType.Uuid);
            w.Write(n.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(n.AuthorId, NpgsqlDbType.Varchar);
            w.Write(n.Kind.ToString(), NpgsqlDbType.Varchar);
            w.Write(n.EventDate, NpgsqlDbType.Date);
            w.Write(n.Text, NpgsqlDbType.Varchar);
            w.Write(n.WrittenAt, NpgsqlDbType.TimestampTz);
            w.Write(n.WrittenAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
        await CopyAsync(connection, "monthly_checks (id, applicant_id, month, attendance, days_attended, job_applications, decision, decision_text, " +
            "author_id, recorded_at, journal_note_id)", batch.MonthlyChecks, (w, c) =>
        {
            w.Write(c.Id, NpgsqlDbType.Uuid);
            w.Write(c.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(c.Month, NpgsqlDbType.Date);
            w.Write(c.Attendance.ToString(), NpgsqlDbType.Varchar);
            w.WriteValue(c.DaysAttended, NpgsqlDbType.Integer);
            w.Write(c.JobApplications, NpgsqlDbType.Integer);
            w.Write(c.Decision.ToString(), NpgsqlDbType.Varchar);
            w.WriteText(c.DecisionText, NpgsqlDbType.Varchar);
            w.Write(c.AuthorId, NpgsqlDbType.Varchar);
            w.Write(c.RecordedAt, NpgsqlDbType.TimestampTz);
            w.Write(c.JournalNoteId, NpgsqlDbType.Uuid);
        }, cancellationToken);
        await CopyAsync(connection, "follow_up_talks (id, applicant_id, kind, held_on, applicant_took_part, social_worker_took_part, coach_took_part, " +
            "other_participants, what_came_up, plan_to_be_revised, next_follow_up_on, author_id, recorded_at, journal_note_id)", batch.Talks, (w, t) =>
        {
            w.Write(t.Id, NpgsqlDbType.Uuid);
            w.Write(t.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(t.Kind.ToString(), NpgsqlDbType.Varchar);
            w.Write(t.HeldOn, NpgsqlDbType.Date);
            w.Write(true, NpgsqlDbType.Boolean);
            w.Write(true, NpgsqlDbType.Boolean);
            w.Write(true, NpgsqlDbType.Boolean);
            w.WriteText(t.OtherParticipants, NpgsqlDbType.Varchar);
            w.Write(t.WhatCameUp, NpgsqlDbType.Varchar);
            w.Write(t.PlanToBeRevised, NpgsqlDbType.Boolean);
            w.Write(t.NextFollowUpOn, NpgsqlDbType.Date);
            w.Write(t.AuthorId, NpgsqlDbType.Varchar);
            w.Write(t.RecordedAt, NpgsqlDbType.TimestampTz);
            w.Write(t.JournalNoteId, NpgsqlDbType.Uuid);
        }, cancellationToken);
    }

    private static async Task WriteReferralsAsync(NpgsqlConnection connection, CaseBatch batch, CancellationToken cancellationToken)
    {
        await CopyAsync(connection, "referrals (id, applicant_id, district_id, job_centre_id, program, referred_by_id, reason, work_capacity_percent, " +
            "languages, plan_expectations, sent_on, received_on, first_visit_on, job_plan_on, job_plan_content, job_plan_due_on, deeper_job_plan_on, deeper_job_plan_content, " +
            "joint_follow_up_on, closed_on, closure_reason, closure_note, queued_at, place_granted_on, place_granted_from_queue, place_notice_acknowledged_at, created_at, " +
            "consent_given, consent_recorded_on, consent_scope)", batch.Referrals, (w, r) =>
        {
            var resurs = r.Program == ReferralProgram.Resurs;
            w.Write(r.Id, NpgsqlDbType.Uuid);
            w.Write(r.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(r.DistrictId, NpgsqlDbType.Integer);
            w.Write(r.JobCentreId, NpgsqlDbType.Integer);
            w.Write(r.Program.ToString(), NpgsqlDbType.Varchar);
            w.Write(r.ReferredById, NpgsqlDbType.Varchar);
            w.Write(CaseTexts.ReferralReason(resurs), NpgsqlDbType.Varchar);
            w.Write(r.WorkCapacityPercent, NpgsqlDbType.Integer);
            w.Write("svenska", NpgsqlDbType.Varchar);
            w.Write(CaseTexts.PlanExpectations, NpgsqlDbType.Varchar);
            w.Write(r.SentOn, NpgsqlDbType.Date);
            w.WriteValue(r.ReceivedOn, NpgsqlDbType.Date);
            w.WriteValue(r.FirstVisitOn, NpgsqlDbType.Date);
            w.WriteValue(r.JobPlanOn, NpgsqlDbType.Date);
            w.WriteText(r.JobPlanOn is null ? null : CaseTexts.JobPlanContent, NpgsqlDbType.Varchar);
            w.WriteValue(r.JobPlanDueOn, NpgsqlDbType.Date);
            w.WriteValue(r.DeeperJobPlanOn, NpgsqlDbType.Date);
            w.WriteText(r.DeeperJobPlanOn is null ? null : CaseTexts.DeeperJobPlanContent, NpgsqlDbType.Varchar);
            w.WriteValue(r.JointFollowUpOn, NpgsqlDbType.Date);
            w.WriteValue(r.ClosedOn, NpgsqlDbType.Date);
            w.WriteText(r.ClosureReason?.ToString(), NpgsqlDbType.Varchar);
            w.WriteText(r.ClosureNote, NpgsqlDbType.Varchar);
            w.WriteValue(r.QueuedAt, NpgsqlDbType.TimestampTz);
            w.WriteValue(r.PlaceGrantedOn, NpgsqlDbType.Date);
            w.Write(r.PlaceGrantedFromQueue, NpgsqlDbType.Boolean);
            w.WriteValue(r.PlaceNoticeAcknowledgedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.CreatedAt, NpgsqlDbType.TimestampTz);
            w.Write(r.Consent.Given, NpgsqlDbType.Boolean);
            w.Write(r.Consent.RecordedOn, NpgsqlDbType.Date);
            w.Write((int)r.Consent.Scope, NpgsqlDbType.Integer);
        }, cancellationToken);
        await CopyAsync(connection, "referral_interventions (id, referral_id, intervention_type_id, start_on, end_on, outcome)", batch.Interventions, (w, i) =>
        {
            w.Write(i.Id, NpgsqlDbType.Uuid);
            w.Write(i.ReferralId, NpgsqlDbType.Uuid);
            w.Write(i.TypeId, NpgsqlDbType.Integer);
            w.Write(i.StartOn, NpgsqlDbType.Date);
            w.WriteValue(i.EndOn, NpgsqlDbType.Date);
            w.WriteText(i.Outcome?.ToString(), NpgsqlDbType.Varchar);
        }, cancellationToken);
        await CopyAsync(connection, "attendance_reports (referral_id, applicant_id, month, days_attended, days_expected, reported_by_id, reported_at)", batch.Attendance, (w, a) =>
        {
            w.Write(a.ReferralId, NpgsqlDbType.Uuid);
            w.Write(a.ApplicantId, NpgsqlDbType.Uuid);
            w.Write(a.Month, NpgsqlDbType.Date);
            w.Write(a.DaysAttended, NpgsqlDbType.Integer);
            w.Write(a.DaysExpected, NpgsqlDbType.Integer);
            w.Write(a.ReportedById, NpgsqlDbType.Varchar);
            w.Write(a.ReportedAt, NpgsqlDbType.TimestampTz);
        }, cancellationToken);
    }

    // Values go in through the importer's synchronous calls, which fill its buffer and only touch the socket when it is
    // full; an await per value would cost more than the copy itself at millions of rows.
    private static async Task CopyAsync<T>(
        NpgsqlConnection connection, string target, List<T> rows, Action<NpgsqlBinaryImporter, T> writeRow, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using var importer = await connection.BeginBinaryImportAsync($"COPY {target} FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            importer.StartRow();
            writeRow(importer, row);
        }

        await importer.CompleteAsync(cancellationToken);
    }

    private static void WriteValue<T>(this NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } v)
        {
            importer.Write(v, type);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void WriteText(this NpgsqlBinaryImporter importer, string? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }
}
