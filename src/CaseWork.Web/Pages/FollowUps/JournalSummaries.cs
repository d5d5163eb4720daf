using System.Globalization;
using System.Text;
using CaseWork.Domain.FollowUps;
using CaseWork.Web.Localization;
using Microsoft.Extensions.Localization;

namespace CaseWork.Web.Pages.FollowUps;

/// <summary>The text of the signed journal note that each follow-up writes, so the journal tells the whole story.</summary>
public static class JournalSummaries
{
    public static string Of(MonthlyCheck check, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(l);
        var text = new StringBuilder();
        text.AppendLine(l["Monthly check for {0}.", check.Month.ToString("MMMM yyyy", CultureInfo.CurrentCulture)]);
        var attendance = l.Text(check.Attendance);
        text.AppendLine(check.DaysAttended is { } days and > 0
            ? l["Attended Jobbtorg as agreed: {0} ({1} days).", attendance, days]
            : l["Attended Jobbtorg as agreed: {0}.", attendance]);
        text.AppendLine(l["Job applications sent: {0}.", check.JobApplications]);
        text.AppendLine(l["Decision for the month: {0}.", l.Text(check.Decision)] + (check.DecisionText is { } why ? " " + why : string.Empty));
        if (check.Comment is { } comment)
        {
            text.AppendLine(comment);
        }

        return text.ToString().TrimEnd();
    }

    public static string Of(FollowUpTalk talk, IStringLocalizer<SharedResource> l)
    {
        ArgumentNullException.ThrowIfNull(talk);
        ArgumentNullException.ThrowIfNull(l);
        var participants = new List<string>();
        if (talk.ApplicantTookPart)
        {
            participants.Add(l["the applicant"]);
        }

        if (talk.SocialWorkerTookPart)
        {
            participants.Add(l["the social worker"]);
        }

        if (talk.CoachTookPart)
        {
            participants.Add(l["the Jobbtorg coach"]);
        }

        if (talk.OtherParticipants is { } others)
        {
            participants.Add(others);
        }

        var text = new StringBuilder();
        text.AppendLine(l["{0} held {1}. Taking part: {2}.", l.Text(talk.Kind), talk.HeldOn.ToString("d", CultureInfo.CurrentCulture), string.Join(", ", participants)]);
        text.AppendLine(talk.WhatCameUp);
        if (talk.Assessment is { } assessment)
        {
            text.AppendLine(l["Assessment: {0}", assessment]);
        }

        text.AppendLine(talk.PlanToBeRevised ? l["The plan is to be revised."] : l["The plan stays as it is."]);
        text.AppendLine(l["Next follow-up: {0}.", talk.NextFollowUpOn.ToString("d", CultureInfo.CurrentCulture)]);
        return text.ToString().TrimEnd();
    }
}
