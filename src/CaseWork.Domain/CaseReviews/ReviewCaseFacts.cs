using CaseWork.Domain.Applicants;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Referrals;
using CaseWork.Domain.Due;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.CaseReviews;

/// <summary>
/// What the unit head sees of one case in a review: long-term aid, the active plan and its quality signals, the last
/// follow-up, the next due date and the open Jobbtorg referral. Read live while the review is ongoing, and kept with
/// the case when the review is signed, so that a signed review shows what it was signed on. The active plan is named
/// by its period (<see cref="ActivePlanPeriod"/>); facts kept before the period was kept show its version only.
/// </summary>
public sealed record ReviewCaseFacts(
    int AidMonthsInWindow,
    int? ActivePlanVersion,
    IReadOnlyList<PlanQualitySignal> Signals,
    ReviewFollowUp? LastFollowUp,
    ReviewDue? NextDue,
    ReviewReferral? Referral,
    PlanPeriod? ActivePlanPeriod = null)
{
    public bool IsLongTerm => AidMonthsInWindow >= LongTermAidRule.ThresholdMonths;

    /// <summary>The later of the last monthly check and the last talk; a check and a talk on the same day show the talk.</summary>
    public static ReviewFollowUp? LastFollowUpOf(DateOnly? lastMonthlyCheckOn, ReviewFollowUp? lastTalk)
    {
        if (lastMonthlyCheckOn is not { } check)
        {
            return lastTalk;
        }

        return lastTalk is not null && lastTalk.On >= check ? lastTalk : new ReviewFollowUp(check, JournalNoteKind.MonthlyCheck);
    }

    /// <summary>The earliest of the case's due items (overdue ones included), or null when nothing is due within the horizon.</summary>
    public static ReviewDue? NextDueOf(IEnumerable<DueItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var next = items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).FirstOrDefault();
        return next is null ? null : new ReviewDue(next.DueOn, next.Kind);
    }
}

/// <summary>A monthly check (the day it was recorded) or a three- or multi-party talk (the day it was held).</summary>
public sealed record ReviewFollowUp(DateOnly On, JournalNoteKind Kind);

public sealed record ReviewDue(DateOnly On, DueKind Kind);

public sealed record ReviewReferral(ReferralProgram Program, ReferralStatus Status, string JobCentre, bool JobPlanLate);
