using CaseWork.Domain.Access;
using CaseWork.Domain.CaseReviews;

namespace CaseWork.Domain.Tests.CaseReviews;

public class CaseReviewAccessTests
{
    private const int Unit = 7;
    private const int OtherUnit = 8;
    private const int District = 3;

    private static readonly ReviewScope Ongoing = new(Unit, District, "worker-1", CaseReviewStatus.Ongoing);
    private static readonly ReviewScope Completed = Ongoing with { Status = CaseReviewStatus.Completed };

    private static CaseReviewAccess As(string role, string userId = "user", int? unit = Unit, int? district = District) =>
        CaseReviewAccess.For([role], AccessScope.For([role], unit, district, jobCentreId: 1), userId);

    [Fact]
    public void UnitHead_RunsAndReadsTheReviewsOfTheirUnitOnly()
    {
        var head = As(Roles.UnitHead);
        head.MayRun(Unit).ShouldBeTrue();
        head.MayRead(Ongoing).ShouldBeTrue();
        head.SeesWorkers.ShouldBeTrue();

        var otherHead = As(Roles.UnitHead, unit: OtherUnit);
        otherHead.MayRun(Unit).ShouldBeFalse();
        otherHead.MayRead(Ongoing).ShouldBeFalse();
    }

    [Fact]
    public void Manager_ReadsTheDistrictsReviews_ButNeverRunsThem()
    {
        var manager = As(Roles.Manager, unit: null);
        manager.MayRead(Ongoing).ShouldBeTrue();
        manager.MayRead(Completed).ShouldBeTrue();
        manager.MayRun(Unit).ShouldBeFalse();
        manager.MayMarkDone("user").ShouldBeFalse();
        As(Roles.Manager, unit: null, district: 99).MayRead(Completed).ShouldBeFalse();
    }

    [Fact]
    public void SocialWorker_ReadsOnlyTheirOwnCompletedReviews()
    {
        var reviewed = As(Roles.SocialWorker, userId: "worker-1");
        reviewed.MayRead(Completed).ShouldBeTrue();
        reviewed.MayRead(Ongoing).ShouldBeFalse();
        reviewed.MayRun(Unit).ShouldBeFalse();
        reviewed.SeesOwnReviewsOnly.ShouldBeTrue();
        As(Roles.SocialWorker, userId: "worker-2").MayRead(Completed).ShouldBeFalse();
    }

    [Fact]
    public void OnlyTheOwner_MarksAnActionDone()
    {
        As(Roles.SocialWorker, userId: "worker-2").MayMarkDone("worker-2").ShouldBeTrue();
        As(Roles.SocialWorker, userId: "worker-1").MayMarkDone("worker-2").ShouldBeFalse();
        As(Roles.UnitHead, userId: "worker-2").MayMarkDone("worker-2").ShouldBeFalse();
    }

    [Theory]
    [InlineData(Roles.JobbtorgCoach)]
    [InlineData(Roles.Administrator)]
    public void CoachesAndAdministrators_HaveNoPart(string role)
    {
        var access = As(role, unit: null, district: null);
        access.MayList.ShouldBeFalse();
        access.MayRead(Completed).ShouldBeFalse();
        access.MayRun(Unit).ShouldBeFalse();
    }

    [Fact]
    public void ASocialWorkerOrUnitHeadWithoutAUnit_HasNoPart()
    {
        As(Roles.UnitHead, unit: null).MayList.ShouldBeFalse();
        As(Roles.SocialWorker, unit: null).MayList.ShouldBeFalse();
    }
}
