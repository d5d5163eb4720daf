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
}
