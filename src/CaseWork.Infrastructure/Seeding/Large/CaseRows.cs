namespace CaseWork.Infrastructure.Seeding.Large;

// One record per table row that the large seeder copies; the column order of each COPY follows the record.

internal sealed record ApplicantRow(
    Guid Id, string Pin, string FirstName, string LastName, HouseholdType Household, int Children, AidReason Reason,
    int DistrictId, int UnitId, string? AssignedWorkerId, DateTimeOffset RegisteredAt);

internal sealed record AidMonthRow(Guid ApplicantId, DateOnly Month, AidDecision Decision);

internal sealed record InvestigationRow(Guid Id, Guid ApplicantId, string AuthorId, DateTimeOffset StartedAt, string SectionsJson, DateTimeOffset? SignedAt);

internal sealed record WorkPlanRow(
    Guid Id, Guid ApplicantId, WorkPlanStatus Status, string? DraftJson, DateTimeOffset StartedAt, DateTimeOffset ChangedAt,
    DateTimeOffset? ClosedAt, PlanClosureReason? ClosureReason, DateOnly? NextFollowUpOn);

internal sealed record PlanVersionRow(Guid WorkPlanId, int Number, string ContentJson, string CreatedBy, DateTimeOffset CreatedAt, string? Reason);

internal sealed record PlanAgreementRow(Guid WorkPlanId, int VersionNumber, DateOnly Date, AgreementMethod Method, bool Agrees, string? View);

internal sealed record JournalNoteRow(Guid Id, Guid ApplicantId, string AuthorId, JournalNoteKind Kind, DateOnly EventDate, string Text, DateTimeOffset WrittenAt);

internal sealed record MonthlyCheckRow(
    Guid Id, Guid ApplicantId, DateOnly Month, Attendance Attendance, int? DaysAttended, int JobApplications,
    AidDecision Decision, string? DecisionText, string AuthorId, DateTimeOffset RecordedAt, Guid JournalNoteId);

internal sealed record TalkRow(
    Guid Id, Guid ApplicantId, FollowUpTalkKind Kind, DateOnly HeldOn, string? OtherParticipants, string WhatCameUp,
    bool PlanToBeRevised, DateOnly NextFollowUpOn, string AuthorId, DateTimeOffset RecordedAt, Guid JournalNoteId);

internal sealed class ReferralRow
{
    public required Guid Id { get; init; }

    public required Guid ApplicantId { get; init; }

    public required int DistrictId { get; init; }

    public required int JobCentreId { get; init; }

    public required ReferralProgram Program { get; init; }

    public required string ReferredById { get; init; }

    public required int WorkCapacityPercent { get; init; }

    public required ReferralConsent Consent { get; init; }

    public required DateOnly SentOn { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public DateOnly? ReceivedOn { get; set; }

    public DateOnly? FirstVisitOn { get; set; }

    public DateOnly? JobPlanOn { get; set; }

    public DateOnly? JobPlanDueOn { get; set; }

    public DateOnly? DeeperJobPlanOn { get; set; }

    public DateOnly? JointFollowUpOn { get; set; }

    public DateOnly? ClosedOn { get; set; }

    public ReferralClosureReason? ClosureReason { get; set; }

    public string? ClosureNote { get; set; }

    public DateTimeOffset? QueuedAt { get; set; }

    public DateOnly? PlaceGrantedOn { get; set; }

    public bool PlaceGrantedFromQueue { get; set; }

    public DateTimeOffset? PlaceNoticeAcknowledgedAt { get; set; }

    /// <summary>The last day of the enrolment so far: the closure, or today while enrolled.</summary>
    public DateOnly EnrolledUntil(DateOnly today) => ClosedOn ?? today;
}

internal sealed record InterventionRow(Guid Id, Guid ReferralId, int TypeId, DateOnly StartOn, DateOnly? EndOn, InterventionOutcome? Outcome);

internal sealed record AttendanceRow(Guid ReferralId, Guid ApplicantId, DateOnly Month, int DaysAttended, int DaysExpected, string ReportedById, DateTimeOffset ReportedAt);

internal sealed record AccessLogEntryRow(
    AuditAction Action, Guid? ApplicantId, string? Detail, DateTimeOffset OccurredAt, ReadPurpose? Purpose, ReadReason? Reason, string? ReasonText,
    string UserId, string UserName);

/// <summary>The rows of a batch of applicants, written table by table in an order the foreign keys accept.</summary>
internal sealed class CaseBatch
{
    public List<ApplicantRow> Applicants { get; } = [];

    public List<AidMonthRow> AidMonths { get; } = [];

    public List<InvestigationRow> Investigations { get; } = [];

    public List<WorkPlanRow> WorkPlans { get; } = [];

    public List<PlanVersionRow> PlanVersions { get; } = [];

    public List<PlanAgreementRow> PlanAgreements { get; } = [];

    public List<JournalNoteRow> JournalNotes { get; } = [];

    public List<MonthlyCheckRow> MonthlyChecks { get; } = [];

    public List<TalkRow> Talks { get; } = [];

    public List<ReferralRow> Referrals { get; } = [];

    public List<InterventionRow> Interventions { get; } = [];

    public List<AttendanceRow> Attendance { get; } = [];

    public List<AccessLogEntryRow> AccessLog { get; } = [];

    public IEnumerable<(string Table, int Rows)> RowCounts() =>
    [
        ("applicants", Applicants.Count), ("aid_months", AidMonths.Count), ("basic_investigations", Investigations.Count),
        ("work_plans", WorkPlans.Count), ("work_plan_versions", PlanVersions.Count), ("work_plan_agreements", PlanAgreements.Count),
        ("journal_notes", JournalNotes.Count), ("monthly_checks", MonthlyChecks.Count), ("follow_up_talks", Talks.Count),
        ("referrals", Referrals.Count), ("referral_interventions", Interventions.Count), ("attendance_reports", Attendance.Count),
        ("audit_entries", AccessLog.Count),
    ];
}
