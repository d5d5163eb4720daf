namespace CaseWork.Web.Pages.FollowUps;

/// <summary>Which form field a follow-up refusal belongs beside.</summary>
public static class FollowUpRuleFields
{
    public static string FieldFor(string code) => code switch
    {
        FollowUpRuleCodes.MonthMissing or FollowUpRuleCodes.MonthInFuture => "Input.Month",
        FollowUpRuleCodes.AttendanceMissing => "Input.Attendance",
        FollowUpRuleCodes.ApplicationsMissing => "Input.JobApplications",
        FollowUpRuleCodes.DecisionMissing => "Input.Decision",
        FollowUpRuleCodes.DaysMissing or FollowUpRuleCodes.DaysOutOfRange => "Input.DaysAttended",
        FollowUpRuleCodes.ApplicationsOutOfRange => "Input.JobApplications",
        FollowUpRuleCodes.DecisionTextMissing => "Input.DecisionText",
        FollowUpRuleCodes.TalkInFuture or FollowUpRuleCodes.TalkTooEarly => "Input.HeldOn",
        FollowUpRuleCodes.NoParticipants or FollowUpRuleCodes.OtherParticipantsMissing => "Input.OtherParticipants",
        FollowUpRuleCodes.WhatCameUpMissing => "Input.WhatCameUp",
        FollowUpRuleCodes.NextFollowUpMissing or FollowUpRuleCodes.NextFollowUpNotAfterTalk or FollowUpRuleCodes.NextFollowUpTooFarAhead => "Input.NextFollowUpOn",
        _ => string.Empty,
    };
}
