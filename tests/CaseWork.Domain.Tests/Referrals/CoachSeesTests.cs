using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class CoachSeesTests
{
    private static readonly DateOnly On = new(2026, 11, 2);

    [Fact]
    public void RefusedConsent_ShowsNothingOfTheCase()
    {
        var refused = ReferralConsent.Refused(On);

        CoachSees.WorkPlan(refused).ShouldBeFalse();
        CoachSees.Investigation(refused).ShouldBeFalse();
        CoachSees.Journal(refused).ShouldBeFalse();
    }

    [Fact]
    public void GivenConsent_ShowsOnlyTheScopesItNames()
    {
        var planAndJournal = new ReferralConsent(true, On, ConsentScope.WorkPlan | ConsentScope.Journal);

        CoachSees.WorkPlan(planAndJournal).ShouldBeTrue();
        CoachSees.Journal(planAndJournal).ShouldBeTrue();
        CoachSees.Investigation(planAndJournal).ShouldBeFalse();
        CoachSees.Investigation(new ReferralConsent(true, On, ConsentScope.Investigation)).ShouldBeTrue();
    }

    [Fact]
    public void Contact_IsHiddenForProtectedIdentity()
    {
        CoachSees.Contact(hasProtectedIdentity: false).ShouldBeTrue();
        CoachSees.Contact(hasProtectedIdentity: true).ShouldBeFalse();
    }
}
