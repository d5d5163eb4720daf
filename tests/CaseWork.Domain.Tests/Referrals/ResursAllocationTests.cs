using CaseWork.Domain.Referrals;
using static CaseWork.Domain.Tests.Referrals.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class ResursAllocationTests
{
    [Fact]
    public void Admit_TwoPlacesThreeReferrals_TheThirdQueues()
    {
        var allocation = new ResursAllocation(2, []);
        var first = Sent(ReferralProgram.Resurs);
        var second = Sent(ReferralProgram.Resurs);
        var third = Sent(ReferralProgram.Resurs);

        allocation.Admit(first, Now, Today).ShouldBeTrue();
        allocation.Admit(second, Now, Today).ShouldBeTrue();
        allocation.Admit(third, Now.AddMinutes(1), Today).ShouldBeFalse();

        third.Status.ShouldBe(ReferralStatus.Queued);
        allocation.Occupied.ShouldBe(2);
        allocation.QueueLength.ShouldBe(1);
    }

    [Fact]
    public void ServeQueue_WhenAPlaceFrees_TheLongestWaitingGetsIt()
    {
        var holder = Sent(ReferralProgram.Resurs);
        holder.GrantPlace(Today.AddDays(-30), fromQueue: false);
        var early = Sent(ReferralProgram.Resurs);
        early.JoinQueue(Now.AddDays(-10));
        var late = Sent(ReferralProgram.Resurs);
        late.JoinQueue(Now.AddDays(-5));
        holder.Close(Today, ReferralClosureReason.Studies, null, Today);

        var granted = new ResursAllocation(1, [holder, late, early]).ServeQueue(Today);

        granted.ShouldBe([early]);
        early.PlaceGrantedFromQueue.ShouldBeTrue();
        late.IsQueued.ShouldBeTrue();
    }

    [Fact]
    public void Admit_WhenOthersWait_GoesBehindThemEvenIfAPlaceIsFree()
    {
        var waiting = Sent(ReferralProgram.Resurs);
        waiting.JoinQueue(Now.AddDays(-3));
        var allocation = new ResursAllocation(1, [waiting]);

        allocation.Admit(Sent(ReferralProgram.Resurs), Now, Today).ShouldBeFalse();

        allocation.ServeQueue(Today).ShouldBe([waiting]);
    }

    [Fact]
    public void ServeQueue_WhenPlacesAreRaised_GivesEachNewPlaceInTurn()
    {
        var queue = Enumerable.Range(0, 3).Select(i =>
        {
            var r = Sent(ReferralProgram.Resurs);
            r.JoinQueue(Now.AddMinutes(i));
            return r;
        }).ToList();

        var granted = new ResursAllocation(2, queue).ServeQueue(Today);

        granted.ShouldBe(queue.Take(2));
        queue[2].IsQueued.ShouldBeTrue();
    }

    [Fact]
    public void Places_CannotBeNegative() =>
        Should.Throw<CaseWork.Domain.Common.DomainException>(() => new ResursPlaces(1, -1)).Message.ShouldBe(ReferralRuleCodes.PlacesNegative);
}
