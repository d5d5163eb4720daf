namespace CaseWork.Domain.Referrals;

/// <summary>Stable codes of the referral rules; the UI maps them to fields and texts.</summary>
public static class ReferralRuleCodes
{
    public const string WorkCapacityTooLow = "referral.work-capacity-too-low";
    public const string WorkCapacityOutOfRange = "referral.work-capacity-out-of-range";
    public const string ReasonMissing = "referral.reason-missing";
    public const string DateInFuture = "referral.date-in-future";
    public const string DateTooEarly = "referral.date-too-early";
    public const string ReceivedBeforeSent = "referral.received-before-sent";
    public const string NotReceived = "referral.not-received";
    public const string AlreadyReceived = "referral.already-received";
    public const string FirstVisitBeforeReceived = "referral.first-visit-before-received";
    public const string WaitingForPlace = "referral.waiting-for-place";
    public const string NoFirstVisit = "referral.no-first-visit";
    public const string JobPlanBeforeFirstVisit = "referral.job-plan-before-first-visit";
    public const string NoJobPlan = "referral.no-job-plan";
    public const string JobPlanContentMissing = "referral.job-plan-content-missing";
    public const string JobPlanContentTooLong = "referral.job-plan-content-too-long";
    public const string DeeperPlanBeforeJobPlan = "referral.deeper-plan-before-job-plan";
    public const string JointFollowUpBeforeFirstVisit = "referral.joint-follow-up-before-first-visit";
    public const string AlreadyClosed = "referral.already-closed";
    public const string ClosureReasonMissing = "referral.closure-reason-missing";
    public const string ClosureNoteMissing = "referral.closure-note-missing";
    public const string ClosedBeforeFirstVisit = "referral.closed-before-first-visit";
    public const string ClosedBeforeSent = "referral.closed-before-sent";
    public const string NotResurs = "referral.not-resurs";
    public const string PlaceAlreadyGranted = "referral.place-already-granted";
    public const string AttendanceOutOfRange = "referral.attendance-out-of-range";
    public const string AttendanceBeforeFirstVisit = "referral.attendance-before-first-visit";
    public const string InterventionEndsBeforeStart = "referral.intervention-ends-before-start";
    public const string InterventionEndsAfterClosure = "referral.intervention-ends-after-closure";
    public const string InterventionBeforeFirstVisit = "referral.intervention-before-first-visit";
    public const string InterventionNotFound = "referral.intervention-not-found";
    public const string ConsentScopeWithRefusal = "referral.consent-scope-with-refusal";
    public const string PlacesNegative = "referral.places-negative";
}
