using CaseWork.Domain.Due;

namespace CaseWork.Domain.Tests.Due;

public class FollowUpScheduleTests
{
    private static readonly DateOnly Today = new(2026, 11, 23); // a Monday
    private static readonly Guid Applicant = Guid.NewGuid();

    private static CaseFacts Facts(
        DateOnly[]? aid = null, DateOnly[]? checks = null, DateOnly? planFollowUp = null, OpenReferralFacts? referral = null, DateOnly? lastTalk = null) =>
        new(Applicant, aid ?? [], checks ?? [], planFollowUp, referral, lastTalk);

    private static OpenReferralFacts Referral(DateOnly? firstVisit, DateOnly? jobPlan = null, DateOnly? deeper = null, DateOnly? joint = null, DateOnly? placeFromQueue = null) =>
        new(Guid.NewGuid(), firstVisit, jobPlan, deeper, joint, placeFromQueue);

    [Fact]
    public void MonthlyCheck_IsDueEachMonthWithAid_ByTheMonthsLastDay()
    {
        var items = FollowUpSchedule.DueFor(Facts(aid: [new(2026, 10, 1)], checks: [new(2026, 10, 1)]), Today);

        var check = items.ShouldHaveSingleItem();
        check.Kind.ShouldBe(DueKind.MonthlyCheck);
        check.Month.ShouldBe(new DateOnly(2026, 11, 1));
        check.DueOn.ShouldBe(new DateOnly(2026, 11, 30));
        check.BucketOn(Today).ShouldBe(DueBucket.Later);
    }

    [Fact]
    public void MonthlyCheck_MissedLastMonth_IsOverdue()
    {
        var items = FollowUpSchedule.DueFor(Facts(aid: [new(2026, 9, 1), new(2026, 10, 1)], checks: [new(2026, 11, 1)]), Today);

        var missed = items.ShouldHaveSingleItem();
        missed.Month.ShouldBe(new DateOnly(2026, 10, 1));
        missed.BucketOn(Today).ShouldBe(DueBucket.Overdue);
    }

    [Fact]
    public void MonthlyCheck_NotDueWithoutAid() =>
        FollowUpSchedule.DueFor(Facts(aid: [new(2026, 6, 1)]), Today).ShouldBeEmpty();

    [Fact]
    public void PlanFollowUp_IsDueOnThePlansDate_ThisWeekUntilSunday()
    {
        var item = FollowUpSchedule.DueFor(Facts(planFollowUp: new DateOnly(2026, 11, 29)), Today).ShouldHaveSingleItem();

        item.Kind.ShouldBe(DueKind.PlanFollowUp);
        item.BucketOn(Today).ShouldBe(DueBucket.ThisWeek);
        item.BucketOn(new DateOnly(2026, 11, 30)).ShouldBe(DueBucket.Overdue);
        new DueItem(Applicant, DueKind.PlanFollowUp, new DateOnly(2026, 11, 30)).BucketOn(Today).ShouldBe(DueBucket.Later);
    }

    [Fact]
    public void ThreePartyTalk_AtLeastEveryThirdMonthFromTheLastTalk()
    {
        var referral = Referral(firstVisit: new DateOnly(2026, 6, 1), jobPlan: new DateOnly(2026, 6, 3), deeper: new DateOnly(2026, 7, 1));

        FollowUpSchedule.DueFor(Facts(referral: referral), Today)
            .Single(i => i.Kind == DueKind.ThreePartyTalk).DueOn.ShouldBe(new DateOnly(2026, 9, 1));
        FollowUpSchedule.DueFor(Facts(referral: referral, lastTalk: new DateOnly(2026, 10, 15)), Today)
            .Single(i => i.Kind == DueKind.ThreePartyTalk).DueOn.ShouldBe(new DateOnly(2027, 1, 15));
    }

    [Fact]
    public void JobPlan_WithoutOne_IsDueFiveWorkingDaysAfterTheFirstVisit()
    {
        var items = FollowUpSchedule.DueFor(Facts(referral: Referral(firstVisit: new DateOnly(2026, 11, 9))), Today);

        var jobPlan = items.Single(i => i.Kind == DueKind.JobPlan);
        jobPlan.DueOn.ShouldBe(new DateOnly(2026, 11, 16));
        jobPlan.BucketOn(Today).ShouldBe(DueBucket.Overdue);
        items.ShouldNotContain(i => i.Kind == DueKind.DeeperJobPlan);
    }

    [Fact]
    public void DeeperJobPlan_FollowsTheFirstJobPlan_OneMonthAfterTheFirstVisit()
    {
        var items = FollowUpSchedule.DueFor(Facts(referral: Referral(firstVisit: new DateOnly(2026, 11, 2), jobPlan: new DateOnly(2026, 11, 4))), Today);

        items.Single(i => i.Kind == DueKind.DeeperJobPlan).DueOn.ShouldBe(new DateOnly(2026, 12, 2));
        items.ShouldNotContain(i => i.Kind == DueKind.JobPlan);
    }

    [Fact]
    public void JointFollowUp_AtTwelveMonths_ShowsOnlyWithinTheHorizon()
    {
        var longEnrolled = Referral(firstVisit: new DateOnly(2025, 12, 10), jobPlan: new DateOnly(2025, 12, 12), deeper: new DateOnly(2026, 1, 12));
        var recent = Referral(firstVisit: new DateOnly(2026, 10, 1), jobPlan: new DateOnly(2026, 10, 2), deeper: new DateOnly(2026, 11, 2));

        FollowUpSchedule.DueFor(Facts(referral: longEnrolled), Today)
            .Single(i => i.Kind == DueKind.JointFollowUp).DueOn.ShouldBe(new DateOnly(2026, 12, 10));
        FollowUpSchedule.DueFor(Facts(referral: recent), Today).ShouldNotContain(i => i.Kind == DueKind.JointFollowUp);
    }

    [Fact]
    public void ResursPlaceFromTheQueue_TellsTheReferringWorker()
    {
        var item = FollowUpSchedule.DueFor(Facts(referral: Referral(firstVisit: null, placeFromQueue: new DateOnly(2026, 11, 20))), Today).ShouldHaveSingleItem();

        item.Kind.ShouldBe(DueKind.ResursPlaceGranted);
        item.BucketOn(Today).ShouldBe(DueBucket.Overdue);
    }

    [Fact]
    public void ReviewActions_AreDueOnTheirOwnDate_WithinTheHorizon()
    {
        var soon = new OpenReviewAction(Guid.NewGuid(), Applicant, Today.AddDays(10));
        var farOff = new OpenReviewAction(Guid.NewGuid(), Applicant, Today.AddDays(FollowUpSchedule.HorizonDays + 1));

        var item = FollowUpSchedule.DueFor([soon, farOff], Today).ShouldHaveSingleItem();

        item.Kind.ShouldBe(DueKind.ReviewAction);
        item.ActionId.ShouldBe(soon.ActionId);
        item.DueOn.ShouldBe(Today.AddDays(10));
    }

    [Theory]
    [InlineData("2026-11-23", "2026-11-29")]
    [InlineData("2026-11-29", "2026-11-29")]
    [InlineData("2026-11-30", "2026-12-06")]
    public void EndOfWeek_IsTheComingSunday(string today, string sunday) =>
        FollowUpSchedule.EndOfWeek(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(DateOnly.Parse(sunday, System.Globalization.CultureInfo.InvariantCulture));
}
