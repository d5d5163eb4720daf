using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class JobPlanDeadlineTests
{
    [Fact]
    public void JobPlanDue_IsFiveWorkingDaysAfterTheFirstVisit_SkippingTheWeekend() =>
        JobPlanDeadline.JobPlanDue(new DateOnly(2026, 11, 18)).ShouldBe(new DateOnly(2026, 11, 25)); // Wed → next Wed

    [Fact]
    public void JobPlanDue_SkipsEasterAndAscension()
    {
        // Thursday before Easter 2026: Good Friday 3 April and Easter Monday 6 April are not working days.
        JobPlanDeadline.JobPlanDue(new DateOnly(2026, 4, 2)).ShouldBe(new DateOnly(2026, 4, 13));
        // Ascension Day 14 May 2026.
        JobPlanDeadline.JobPlanDue(new DateOnly(2026, 5, 11)).ShouldBe(new DateOnly(2026, 5, 19));
    }

    [Fact]
    public void JobPlanDue_SkipsChristmasAndNewYear() =>
        JobPlanDeadline.JobPlanDue(new DateOnly(2026, 12, 22)).ShouldBe(new DateOnly(2027, 1, 4)); // 23, 28, 29, 30 Dec, 4 Jan

    [Theory]
    [InlineData("2026-11-25", false)]
    [InlineData("2026-11-26", true)]
    public void IsJobPlanLate_WhenMadeAfterTheDeadline(string madeOn, bool late) =>
        JobPlanDeadline.IsJobPlanLate(new DateOnly(2026, 11, 18), DateOnly.Parse(madeOn, System.Globalization.CultureInfo.InvariantCulture), new DateOnly(2026, 12, 1)).ShouldBe(late);

    [Fact]
    public void IsJobPlanLate_WhenNotMadeAndTheDeadlineHasPassed()
    {
        JobPlanDeadline.IsJobPlanLate(new DateOnly(2026, 11, 18), null, new DateOnly(2026, 11, 25)).ShouldBeFalse();
        JobPlanDeadline.IsJobPlanLate(new DateOnly(2026, 11, 18), null, new DateOnly(2026, 11, 26)).ShouldBeTrue();
    }

    [Fact]
    public void DeeperPlanAndJointFollowUp_FallAfterOneAndTwelveMonths()
    {
        JobPlanDeadline.DeeperPlanDue(new DateOnly(2026, 1, 31)).ShouldBe(new DateOnly(2026, 2, 28));
        JobPlanDeadline.JointFollowUpDue(new DateOnly(2024, 2, 29)).ShouldBe(new DateOnly(2025, 2, 28));
    }
}
