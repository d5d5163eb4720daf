using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Due;

/// <summary>
/// The bevakningar: a monthly check each month with aid; a three-party talk at least every third month while the
/// applicant is at Jobbtorg; the plan's own next follow-up; the job-plan, deeper-plan and twelve-month deadlines of
/// an open referral; a Resurs place that came from the queue; and the open actions of signed case reviews.
/// </summary>
public static class FollowUpSchedule
{
    public const int MonthsBetweenThreePartyTalks = 3;

    /// <summary>Items due further ahead than this are left off the list; they come back in time.</summary>
    public const int HorizonDays = 60;

    public static IReadOnlyList<DueItem> DueFor(CaseFacts facts, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var items = new List<DueItem>();
        AddMonthlyChecks(facts, today, items);
        if (facts.PlanNextFollowUp is { } followUp)
        {
            items.Add(new DueItem(facts.ApplicantId, DueKind.PlanFollowUp, followUp));
        }

        if (facts.Referral is { } referral)
        {
            AddReferralDeadlines(facts, referral, items);
        }

        return items.Where(i => i.DueOn <= today.AddDays(HorizonDays)).ToList();
    }

    /// <summary>Open case-review actions, due on the day the review set; like the rest, only within the horizon.</summary>
    public static IReadOnlyList<DueItem> DueFor(IEnumerable<OpenReviewAction> actions, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actions);
        return actions
            .Where(a => a.DueOn <= today.AddDays(HorizonDays))
            .Select(a => new DueItem(a.ApplicantId, DueKind.ReviewAction, a.DueOn, ActionId: a.ActionId))
            .ToList();
    }

    /// <summary>A month's check is due by the month's last day.</summary>
    public static DateOnly MonthlyCheckDueOn(DateOnly month) => FirstOfMonth(month).AddMonths(1).AddDays(-1);

    /// <summary>Sunday of the week <paramref name="today"/> falls in (Swedish weeks start on Monday).</summary>
    public static DateOnly EndOfWeek(DateOnly today) => today.AddDays((7 - (int)today.DayOfWeek) % 7);

    private static void AddMonthlyChecks(CaseFacts facts, DateOnly today, List<DueItem> items)
    {
        var current = FirstOfMonth(today);
        foreach (var month in new[] { current.AddMonths(-1), current })
        {
            // Aid that continues from the month before, or aid already decided for the month, needs the month's check.
            var onAid = facts.MonthsWithAidPaid.Contains(month.AddMonths(-1)) || facts.MonthsWithAidPaid.Contains(month);
            if (onAid && !facts.MonthsWithCheck.Contains(month))
            {
                items.Add(new DueItem(facts.ApplicantId, DueKind.MonthlyCheck, MonthlyCheckDueOn(month), month));
            }
        }
    }

    private static void AddReferralDeadlines(CaseFacts facts, OpenReferralFacts referral, List<DueItem> items)
    {
        if (referral.PlaceGrantedFromQueueOn is { } granted)
        {
            items.Add(new DueItem(facts.ApplicantId, DueKind.ResursPlaceGranted, granted, ReferralId: referral.ReferralId));
        }

        if (referral.FirstVisitOn is not { } firstVisit)
        {
            return;
        }

        var lastTalk = facts.LastTalkOn is { } talk && talk > firstVisit ? talk : firstVisit;
        items.Add(new DueItem(facts.ApplicantId, DueKind.ThreePartyTalk, lastTalk.AddMonths(MonthsBetweenThreePartyTalks), ReferralId: referral.ReferralId));
        if (referral.JobPlanOn is null)
        {
            items.Add(new DueItem(facts.ApplicantId, DueKind.JobPlan, JobPlanDeadline.JobPlanDue(firstVisit), ReferralId: referral.ReferralId));
        }
        else if (referral.DeeperJobPlanOn is null)
        {
            items.Add(new DueItem(facts.ApplicantId, DueKind.DeeperJobPlan, JobPlanDeadline.DeeperPlanDue(firstVisit), ReferralId: referral.ReferralId));
        }

        if (referral.JointFollowUpOn is null)
        {
            items.Add(new DueItem(facts.ApplicantId, DueKind.JointFollowUp, JobPlanDeadline.JointFollowUpDue(firstVisit), ReferralId: referral.ReferralId));
        }
    }

    private static DateOnly FirstOfMonth(DateOnly date) => new(date.Year, date.Month, 1);
}
