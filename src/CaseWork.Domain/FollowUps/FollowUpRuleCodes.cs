namespace CaseWork.Domain.FollowUps;

/// <summary>The refusals of the follow-up rules, as stable codes that the UI translates.</summary>
public static class FollowUpRuleCodes
{
    public const string MonthMissing = "followup.month-missing";
    public const string AttendanceMissing = "followup.attendance-missing";
    public const string ApplicationsMissing = "followup.applications-missing";
    public const string DecisionMissing = "followup.decision-missing";
    public const string MonthInFuture = "followup.month-in-future";
    public const string DaysMissing = "followup.days-missing";
    public const string DaysOutOfRange = "followup.days-out-of-range";
    public const string ApplicationsOutOfRange = "followup.applications-out-of-range";
    public const string DecisionTextMissing = "followup.decision-text-missing";
    public const string TextTooLong = "followup.text-too-long";
    public const string TalkInFuture = "followup.talk-in-future";
    public const string TalkTooEarly = "followup.talk-too-early";
    public const string NoParticipants = "followup.no-participants";
    public const string OtherParticipantsMissing = "followup.other-participants-missing";
    public const string WhatCameUpMissing = "followup.what-came-up-missing";
    public const string NextFollowUpMissing = "followup.next-follow-up-missing";
    public const string NextFollowUpNotAfterTalk = "followup.next-follow-up-not-after-talk";
    public const string NextFollowUpTooFarAhead = "followup.next-follow-up-too-far-ahead";
}
