using CaseWork.Domain.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class CoachSeesTests
{
    private static readonly DateOnly On = new(2026, 11, 2);

    [Fact]
    public void RefusedConsent_ShowsNothingOfTheCase()
    {
        var refused = ReferralConsent.Refused(On);

        CoachSees.WorkPlan(refused, referralClosedOn: null).ShouldBeFalse();
        CoachSees.Investigation(refused, referralClosedOn: null).ShouldBeFalse();
        CoachSees.Journal(refused, referralClosedOn: null).ShouldBeFalse();
    }

    [Fact]
    public void GivenConsent_ShowsOnlyTheScopesItNames()
    {
        var planAndJournal = new ReferralConsent(true, On, ConsentScope.WorkPlan | ConsentScope.Journal);

        CoachSees.WorkPlan(planAndJournal, referralClosedOn: null).ShouldBeTrue();
        CoachSees.Journal(planAndJournal, referralClosedOn: null).ShouldBeTrue();
        CoachSees.Investigation(planAndJournal, referralClosedOn: null).ShouldBeFalse();
        CoachSees.Investigation(new ReferralConsent(true, On, ConsentScope.Investigation), referralClosedOn: null).ShouldBeTrue();
    }

    [Fact]
    public void Contact_IsHiddenForProtectedIdentity()
    {
        CoachSees.Contact(hasProtectedIdentity: false, referralClosedOn: null).ShouldBeTrue();
        CoachSees.Contact(hasProtectedIdentity: true, referralClosedOn: null).ShouldBeFalse();
    }

    [Theory]
    [InlineData(ReferralClosureReason.Employment)]
    [InlineData(ReferralClosureReason.SentBack)]
    public void ClosedReferral_ShowsNothingOfTheCaseFile_WhateverTheConsentOrReason(ReferralClosureReason reason)
    {
        _ = reason; // the rule reads only the closure date: every reason ends the access alike
        var everything = new ReferralConsent(true, On, ConsentScope.WorkPlan | ConsentScope.Investigation | ConsentScope.Journal);
        var closedOn = On.AddDays(10);

        CoachSees.CaseFile(closedOn).ShouldBeFalse();
        CoachSees.Contact(hasProtectedIdentity: false, closedOn).ShouldBeFalse();
        CoachSees.WorkPlan(everything, closedOn).ShouldBeFalse();
        CoachSees.Investigation(everything, closedOn).ShouldBeFalse();
        CoachSees.Journal(everything, closedOn).ShouldBeFalse();
        CoachSees.ReferralText(closedOn).ShouldBeFalse();
        CoachSees.ReferralText(referralClosedOn: null).ShouldBeTrue();
        CoachSees.CaseFile(referralClosedOn: null).ShouldBeTrue();
        CoachSees.Journal(everything, referralClosedOn: null).ShouldBeTrue();
    }

    [Fact]
    public void NothingDatedAfterTheClosure_IsEverShown()
    {
        var closedOn = On;
        CoachSees.Dated(On, closedOn).ShouldBeTrue();
        CoachSees.Dated(On.AddDays(1), closedOn).ShouldBeFalse();
        CoachSees.Dated(On.AddDays(1), referralClosedOn: null).ShouldBeTrue();
    }
}
