using CaseWork.Domain.Due;

namespace CaseWork.Domain.Tests.Due;

public class DueKindsTests
{
    [Fact]
    public void EveryKind_BelongsToAGroupTheListFiltersBy()
    {
        foreach (var kind in Enum.GetValues<DueKind>())
        {
            Enum.IsDefined(kind.GroupOf()).ShouldBeTrue();
        }
    }

    [Theory]
    [InlineData(DueKind.JobPlan)]
    [InlineData(DueKind.DeeperJobPlan)]
    [InlineData(DueKind.JointFollowUp)]
    [InlineData(DueKind.ResursPlaceGranted)]
    public void TheJobbtorgDeadlines_AreOneGroup(DueKind kind) => kind.GroupOf().ShouldBe(DueGroup.ReferralDeadline);

    [Fact]
    public void EveryGroup_HasAKind() =>
        Enum.GetValues<DueKind>().Select(k => k.GroupOf()).Distinct().Order().ShouldBe(Enum.GetValues<DueGroup>());
}
