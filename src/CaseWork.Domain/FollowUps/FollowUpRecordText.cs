using System.Globalization;
using System.Text;
using CaseWork.Domain.Applicants;

namespace CaseWork.Domain.FollowUps;

/// <summary>
/// The text of the signed journal note that each follow-up writes. The journal is the legal record and is Swedish
/// whatever language the worker's interface is in: a fixed Swedish template with Swedish dates and numbers, never
/// the request's culture.
/// </summary>
public static class FollowUpRecordText
{
    private static readonly CultureInfo Swedish = CultureInfo.GetCultureInfo("sv-SE");

    /// <summary>The reason a plan revised after a talk starts from: "Efter trepartssamtal 2026-12-06".</summary>
    public static string RevisionReasonAfter(FollowUpTalkKind kind, DateOnly heldOn) =>
        Format("Efter {0} {1}", Text(kind).ToLower(Swedish), heldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static string Of(MonthlyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var text = new StringBuilder();
        text.AppendLine(Format("Månadsuppföljning för {0}.", check.Month.ToString("MMMM yyyy", Swedish)));
        var attendance = Text(check.Attendance);
        text.AppendLine(check.DaysAttended is { } days and > 0
            ? Format("Deltagit på Jobbtorg enligt överenskommelse: {0} ({1} dagar).", attendance, days)
            : Format("Deltagit på Jobbtorg enligt överenskommelse: {0}.", attendance));
        text.AppendLine(Format("Sökta arbeten: {0}.", check.JobApplications));
        text.AppendLine(Format("Beslut för månaden: {0}.", Text(check.Decision)) + (check.DecisionText is { } why ? " " + why : string.Empty));
        if (check.Comment is { } comment)
        {
            text.AppendLine(comment);
        }

        return text.ToString().TrimEnd();
    }

    public static string Of(FollowUpTalk talk)
    {
        ArgumentNullException.ThrowIfNull(talk);
        var text = new StringBuilder();
        text.AppendLine(Format("{0} hållet {1}. Deltagare: {2}.", Text(talk.Kind), talk.HeldOn.ToString("yyyy-MM-dd", Swedish), talk.Participants.InSwedish()));
        text.AppendLine(talk.WhatCameUp);
        if (talk.Assessment is { } assessment)
        {
            text.AppendLine(Format("Bedömning: {0}", assessment));
        }

        text.AppendLine(talk.PlanToBeRevised ? "Planen ska revideras." : "Planen gäller oförändrad.");
        text.AppendLine(Format("Nästa uppföljning: {0}.", talk.NextFollowUpOn.ToString("yyyy-MM-dd", Swedish)));
        return text.ToString().TrimEnd();
    }

    private static string Format(string template, params object[] values) => string.Format(Swedish, template, values);

    private static string Text(Attendance attendance) => attendance switch
    {
        Attendance.Yes => "Ja",
        Attendance.Partly => "Delvis",
        Attendance.No => "Nej",
        Attendance.NotApplicable => "Ej aktuellt",
        _ => throw new ArgumentOutOfRangeException(nameof(attendance)),
    };

    private static string Text(AidDecision decision) => decision switch
    {
        AidDecision.Granted => "Beviljat",
        AidDecision.Reduced => "Reducerat",
        AidDecision.Refused => "Avslag",
        _ => throw new ArgumentOutOfRangeException(nameof(decision)),
    };

    private static string Text(FollowUpTalkKind kind) => kind switch
    {
        FollowUpTalkKind.ThreeParty => "Trepartssamtal",
        FollowUpTalkKind.MultiParty => "Flerpartssamtal",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
