using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class ReferralDeadlineTests
{
    private static readonly DateOnly FirstVisit = new(2026, 11, 18);

    [Fact]
    public void Next_BeforeTheFirstVisit_IsNone() => ReferralDeadline.Next(null, null, null, null).ShouldBeNull();

    [Fact]
    public void Next_WalksThroughJobPlanDeeperPlanAndJointFollowUp()
    {
        ReferralDeadline.Next(FirstVisit, null, null, null).ShouldBe(new(ReferralDeadlineKind.JobPlan, new DateOnly(2026, 11, 25)));
        ReferralDeadline.Next(FirstVisit, FirstVisit, null, null).ShouldBe(new(ReferralDeadlineKind.DeeperJobPlan, new DateOnly(2026, 12, 18)));
        ReferralDeadline.Next(FirstVisit, FirstVisit, FirstVisit.AddMonths(1), null)
            .ShouldBe(new(ReferralDeadlineKind.JointFollowUp, new DateOnly(2027, 11, 18)));
        ReferralDeadline.Next(FirstVisit, FirstVisit, FirstVisit.AddMonths(1), FirstVisit.AddMonths(12)).ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-11-26", "2026-11-18")] // Thursday: a Wednesday's plan was due yesterday
    [InlineData("2026-11-25", "2026-11-17")]
    [InlineData("2026-11-30", "2026-11-22")] // Monday: a weekend first visit counts from Monday, so Sunday is the latest overdue
    public void LatestFirstVisitOverdue_AgreesWithIsJobPlanLate(string today, string expected)
    {
        var day = DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture);
        var latest = JobPlanDeadline.LatestFirstVisitOverdue(day);

        latest.ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        JobPlanDeadline.IsJobPlanLate(latest, null, day).ShouldBeTrue();
        JobPlanDeadline.IsJobPlanLate(latest.AddDays(1), null, day).ShouldBeFalse();
    }
}
