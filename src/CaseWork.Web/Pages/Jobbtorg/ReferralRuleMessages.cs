using CaseWork.Domain.Referrals;

namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>Where a refused referral step is shown and what it says: beside the field the form was about, unless the rule names another.</summary>
public static class ReferralRuleMessages
{
    public static (string Field, string Message) For(string code, string formField, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return code switch
        {
            ReferralRuleCodes.DateInFuture => (formField, l["The date cannot be in the future."]),
            ReferralRuleCodes.DateTooEarly => (formField, l[ReferralRuleCodes.DateTooEarly]),
            ReferralRuleCodes.ReceivedBeforeSent => (formField, l["The referral cannot be received before it was sent."]),
            ReferralRuleCodes.NotReceived => (formField, l["Record that the referral is received before the first visit."]),
            ReferralRuleCodes.AlreadyReceived => (formField, l["The referral is already received."]),
            ReferralRuleCodes.FirstVisitBeforeReceived => (formField, l["The first visit cannot be before the referral was received."]),
            ReferralRuleCodes.WaitingForPlace => (formField, l["The participant is waiting in the queue for a Resurs place."]),
            ReferralRuleCodes.NoFirstVisit => (formField, l["Record the first visit first."]),
            ReferralRuleCodes.JobPlanBeforeFirstVisit => (formField, l["The job plan cannot be made before the first visit."]),
            ReferralRuleCodes.NoJobPlan => (formField, l["Record the job plan before the deeper job plan."]),
            ReferralRuleCodes.DeeperPlanBeforeJobPlan => (formField, l["The deeper job plan cannot be made before the job plan."]),
            ReferralRuleCodes.JointFollowUpBeforeFirstVisit => (formField, l["The joint follow-up cannot be before the first visit."]),
            ReferralRuleCodes.AlreadyClosed => (string.Empty, l["The referral is already closed."]),
            ReferralRuleCodes.ClosureReasonMissing => ("Closure.Reason", l["Choose why the referral is closed."]),
            ReferralRuleCodes.ClosureNoteMissing => ("Closure.Note", l["Write why the participant is sent back, or why the referral is closed for another reason."]),
            ReferralRuleCodes.ClosedBeforeFirstVisit => (formField, l["The closure cannot be before the first visit."]),
            ReferralRuleCodes.ClosedBeforeSent => (formField, l["The closure cannot be before the referral was sent."]),
            ReferralRuleCodes.AttendanceOutOfRange => ("Attendance.DaysExpected", l["The days expected cannot be more than the days of the month."]),
            ReferralRuleCodes.AttendanceBeforeFirstVisit => ("Attendance.Month", l["The month is before the first visit."]),
            ReferralRuleCodes.InterventionEndsBeforeStart => (formField, l["The end cannot be before the start."]),
            ReferralRuleCodes.InterventionEndsAfterClosure => (formField, l[ReferralRuleCodes.InterventionEndsAfterClosure]),
            ReferralRuleCodes.InterventionBeforeFirstVisit => ("Intervention.Start", l["The intervention cannot start before the first visit."]),
            ReferralRuleCodes.InterventionNotFound => ("Ending.InterventionId", l["Choose an intervention."]),
            _ => (string.Empty, l["The change could not be saved."]),
        };
    }
}
