namespace CaseWork.Domain.Auditing;

public enum AuditAction
{
    ApplicantViewed,
    ApplicantCreated,
    ApplicantUpdated,
    AidMonthRecorded,
    ApplicantListSearched,

    /// <summary>Asked for an applicant outside the user's scope (or one that does not exist).</summary>
    AccessDenied,
    UserCreated,
    UserUpdated,
    UserDeactivated,
    OrganisationChanged,
    WorkPlanSaved,
    WorkPlanActivated,
    WorkPlanClosed,
    InvestigationSaved,
    ReferralSent,
    ReferralConsentChanged,
    ReferralClosed,
    ReferralPlaceNoticeAcknowledged,
    JobbtorgSettingsChanged,
    ReferralListViewed,

    /// <summary>A Jobbtorg coach recorded a step, attendance, an intervention or the closure of a participant's referral.</summary>
    ParticipantRecordedByCoach,
    JournalNoteSaved,
    JournalNoteSigned,
    MonthlyCheckRecorded,
    FollowUpTalkRecorded,

    /// <summary>The administrator saved targets or adult populations of a year.</summary>
    IndicatorTargetsChanged,

    /// <summary>Opened the list of cases behind a dashboard figure.</summary>
    IndicatorCasesViewed,
    CaseReviewOpened,
    CaseReviewCaseRecorded,
    CaseReviewCompleted,
    ReviewActionDone,

    /// <summary>Searched the access log (loggkontroll); the detail holds the criteria, never a personnummer.</summary>
    AccessLogSearched,
    AccessLogExported,

    /// <summary>Marked a log check done, with a comment.</summary>
    AccessLogChecked,

    /// <summary>Attached the applicant's objection to a signed journal note.</summary>
    NoteObjectionRecorded,

    /// <summary>The administrator saw the person in the list of files due for retention.</summary>
    RetentionListViewed,

    /// <summary>The administrator started a retention run (dry or real); the detail holds counts only.</summary>
    RetentionRun,

    /// <summary>The administrator produced a record extract (registerutdrag) of the person's file: the print or the JSON file.</summary>
    RecordExtractProduced,

    /// <summary>The reader stated a reason (aktivt val) before reading a file outside their own work; the entry holds it.</summary>
    ReadReasonStated,

    /// <summary>Opened the due list (att göra); the entry names the people shown.</summary>
    DueListViewed,

    /// <summary>Opened a page of a case review or of its print; the entry names the people shown (one entry per page, not per case).</summary>
    CaseReviewViewed,
}
