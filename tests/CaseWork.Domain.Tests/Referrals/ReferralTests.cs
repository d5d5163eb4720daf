using CaseWork.Domain.Common;
using CaseWork.Domain.Referrals;
using static CaseWork.Domain.Tests.Referrals.Referrals;

namespace CaseWork.Domain.Tests.Referrals;

public class ReferralTests
{
    [Fact]
    public void Send_ToJobbtorg_RequiresHalfTimeWorkCapacity()
    {
        Should.Throw<DomainException>(() => Sent(capacity: 25)).Message.ShouldBe(ReferralRuleCodes.WorkCapacityTooLow);
        Sent(capacity: 50).Status.ShouldBe(ReferralStatus.Sent);
    }

    [Fact]
    public void Send_ToResurs_AcceptsLessThanHalfTime()
    {
        var referral = Sent(ReferralProgram.Resurs, capacity: 25);

        referral.WorkCapacityPercent.ShouldBe(25);
        referral.Status.ShouldBe(ReferralStatus.Queued); // no place yet
    }

    [Fact]
    public void Send_WithRefusedConsentAndAScope_Throws() =>
        Should.Throw<DomainException>(() => Referral.Send(
            new ReferralRequest(Guid.NewGuid(), 1, 1, ReferralProgram.Jobbtorg, "Arbetslös", 100, null, null,
                new ReferralConsent(false, Today, ConsentScope.Journal), Today),
            "worker-1", Now, Today)).Message.ShouldBe(ReferralRuleCodes.ConsentScopeWithRefusal);

    [Fact]
    public void Consent_AllowsOnlyWhatItCovers()
    {
        var consent = new ReferralConsent(true, Today, ConsentScope.WorkPlan);

        consent.Allows(ConsentScope.WorkPlan).ShouldBeTrue();
        consent.Allows(ConsentScope.Journal).ShouldBeFalse();
        ReferralConsent.Refused(Today).Allows(ConsentScope.WorkPlan).ShouldBeFalse();
    }

    [Fact]
    public void FirstVisit_KeepsTheJobPlanDeadline_FiveWorkingDaysLater()
    {
        var referral = Enrolled(new DateOnly(2026, 3, 30));

        // Good Friday and Easter Monday do not count.
        referral.JobPlanDueOn.ShouldBe(new DateOnly(2026, 4, 8));
        referral.JobPlanDueOn.ShouldBe(JobPlanDeadline.JobPlanDue(new DateOnly(2026, 3, 30)));
    }

    [Fact]
    public void Lifecycle_EachStepDated_EndsClosedWithEnrolmentTime()
    {
        var referral = Sent(sentOn: new DateOnly(2026, 3, 2));
        referral.Receive(new DateOnly(2026, 3, 3), Today);
        referral.Status.ShouldBe(ReferralStatus.Received);
        referral.RecordFirstVisit(new DateOnly(2026, 3, 9), Today);
        referral.RecordJobPlan(new DateOnly(2026, 3, 12), "Söka arbete inom lager, truckkort.", Today);
        referral.RecordDeeperJobPlan(new DateOnly(2026, 4, 14), "Praktik på lager fyra veckor.", Today);
        referral.Status.ShouldBe(ReferralStatus.Enrolled);

        referral.Close(new DateOnly(2026, 9, 30), ReferralClosureReason.Employment, null, Today);

        referral.Status.ShouldBe(ReferralStatus.Closed);
        referral.EnrolmentDays(Today).ShouldBe(205);
        Should.Throw<DomainException>(() => referral.RecordJointFollowUp(Today, Today)).Message.ShouldBe(ReferralRuleCodes.AlreadyClosed);
    }

    [Fact]
    public void FirstVisit_BeforeTheReferralWasReceived_Throws()
    {
        var referral = Sent(sentOn: Today.AddDays(-10));
        Should.Throw<DomainException>(() => referral.RecordFirstVisit(Today, Today)).Message.ShouldBe(ReferralRuleCodes.NotReceived);
        referral.Receive(Today.AddDays(-5), Today);

        Should.Throw<DomainException>(() => referral.RecordFirstVisit(Today.AddDays(-6), Today)).Message.ShouldBe(ReferralRuleCodes.FirstVisitBeforeReceived);
    }

    [Fact]
    public void Receive_BeforeSent_Throws() =>
        Should.Throw<DomainException>(() => Sent(sentOn: Today.AddDays(-3)).Receive(Today.AddDays(-4), Today))
            .Message.ShouldBe(ReferralRuleCodes.ReceivedBeforeSent);

    [Fact]
    public void Steps_InTheFuture_Throw() =>
        Should.Throw<DomainException>(() => Sent().Receive(Today.AddDays(1), Today)).Message.ShouldBe(ReferralRuleCodes.DateInFuture);

    [Fact]
    public void Close_BeforeFirstVisit_Throws() =>
        Should.Throw<DomainException>(() => Enrolled(Today.AddDays(-20)).Close(Today.AddDays(-21), ReferralClosureReason.Studies, null, Today))
            .Message.ShouldBe(ReferralRuleCodes.ClosedBeforeFirstVisit);

    [Fact]
    public void Close_WithoutReason_Throws() =>
        Should.Throw<DomainException>(() => Enrolled(Today.AddDays(-20)).Close(Today, null, null, Today))
            .Message.ShouldBe(ReferralRuleCodes.ClosureReasonMissing);

    [Theory]
    [InlineData(ReferralClosureReason.SentBack)]
    [InlineData(ReferralClosureReason.Other)]
    public void Close_SentBackOrOther_NeedsTheWhy(ReferralClosureReason reason)
    {
        var referral = Enrolled(Today.AddDays(-20));
        Should.Throw<DomainException>(() => referral.Close(Today, reason, "  ", Today)).Message.ShouldBe(ReferralRuleCodes.ClosureNoteMissing);

        referral.Close(Today, reason, "Behöver rehabilitering först.", Today);

        referral.ClosureNote.ShouldBe("Behöver rehabilitering först.");
    }

    [Fact]
    public void Close_BeforeAnyVisit_IsAllowedFromTheDayItWasSent()
    {
        var referral = Sent(sentOn: Today.AddDays(-5));

        referral.Close(Today.AddDays(-1), ReferralClosureReason.Moved, null, Today);

        referral.EnrolmentDays(Today).ShouldBeNull();
    }

    [Fact]
    public void DeeperJobPlan_WithoutAFirstJobPlan_Throws() =>
        Should.Throw<DomainException>(() => Enrolled(Today.AddDays(-40)).RecordDeeperJobPlan(Today, "Praktik.", Today))
            .Message.ShouldBe(ReferralRuleCodes.NoJobPlan);

    [Fact]
    public void JobPlan_KeepsWhatItSays_Trimmed()
    {
        var referral = Enrolled(Today.AddDays(-10));

        referral.RecordJobPlan(Today.AddDays(-5), "  Söka tio arbeten i veckan; truckkort i januari.  ", Today);
        referral.RecordDeeperJobPlan(Today, "Praktik på lager.", Today);

        referral.JobPlanContent.ShouldBe("Söka tio arbeten i veckan; truckkort i januari.");
        referral.DeeperJobPlanContent.ShouldBe("Praktik på lager.");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void JobPlan_WithoutWhatItSays_Throws(string? content) =>
        Should.Throw<DomainException>(() => Enrolled(Today.AddDays(-10)).RecordJobPlan(Today, content, Today))
            .Message.ShouldBe(ReferralRuleCodes.JobPlanContentMissing);

    [Fact]
    public void DeeperJobPlan_LongerThanTheLimit_Throws()
    {
        var referral = Enrolled(Today.AddDays(-10));
        referral.RecordJobPlan(Today.AddDays(-5), "Söka arbete.", Today);

        Should.Throw<DomainException>(() => referral.RecordDeeperJobPlan(Today, new string('x', Referral.MaxTextLength + 1), Today))
            .Message.ShouldBe(ReferralRuleCodes.JobPlanContentTooLong);
        referral.DeeperJobPlanOn.ShouldBeNull();
    }

    [Fact]
    public void ReportAttendance_AgainForTheSameMonth_CorrectsTheReport()
    {
        var referral = Enrolled(new DateOnly(2026, 9, 1));

        referral.ReportAttendance(new DateOnly(2026, 10, 15), 12, 20, "coach-1", Now, Today);
        referral.ReportAttendance(new DateOnly(2026, 10, 1), 15, 20, "coach-1", Now, Today);

        var report = referral.Attendance.ShouldHaveSingleItem();
        report.Month.ShouldBe(new DateOnly(2026, 10, 1));
        report.DaysAttended.ShouldBe(15);
    }

    [Theory]
    [InlineData(21, 20)]
    [InlineData(-1, 20)]
    [InlineData(5, 32)]
    public void ReportAttendance_ImpossibleDays_Throws(int attended, int expected) =>
        Should.Throw<DomainException>(() => Enrolled(new DateOnly(2026, 9, 1)).ReportAttendance(new DateOnly(2026, 10, 1), attended, expected, "coach-1", Now, Today))
            .Message.ShouldBe(ReferralRuleCodes.AttendanceOutOfRange);

    [Fact]
    public void ReportAttendance_ForAMonthBeforeTheFirstVisit_Throws() =>
        Should.Throw<DomainException>(() => Enrolled(new DateOnly(2026, 9, 1)).ReportAttendance(new DateOnly(2026, 8, 1), 5, 10, "coach-1", Now, Today))
            .Message.ShouldBe(ReferralRuleCodes.AttendanceBeforeFirstVisit);

    [Fact]
    public void Intervention_EndingBeforeItStarts_Throws()
    {
        var referral = Enrolled(new DateOnly(2026, 9, 1));
        var intervention = referral.StartIntervention(4, new DateOnly(2026, 9, 10), null, Today);

        Should.Throw<DomainException>(() => referral.EndIntervention(intervention.Id, new DateOnly(2026, 9, 9), InterventionOutcome.Completed, null, Today))
            .Message.ShouldBe(ReferralRuleCodes.InterventionEndsBeforeStart);
        referral.EndIntervention(intervention.Id, new DateOnly(2026, 10, 9), InterventionOutcome.LedToWork, "Anställd efter praktiken.", Today);
        referral.Interventions.ShouldHaveSingleItem().Outcome.ShouldBe(InterventionOutcome.LedToWork);
    }

    [Fact]
    public void Intervention_LeftOpenAtTheClosure_EndsOnTheClosureDateAtTheLatest()
    {
        var referral = Enrolled(Today.AddDays(-40));
        var intervention = referral.StartIntervention(4, Today.AddDays(-30), null, Today);
        referral.Close(Today.AddDays(-10), ReferralClosureReason.Employment, null, Today);

        Should.Throw<DomainException>(() => referral.EndIntervention(intervention.Id, Today.AddDays(-9), InterventionOutcome.LedToWork, null, Today))
            .Message.ShouldBe(ReferralRuleCodes.InterventionEndsAfterClosure);
        referral.Interventions.ShouldHaveSingleItem().EndOn.ShouldBeNull();
        referral.EndIntervention(intervention.Id, Today.AddDays(-10), InterventionOutcome.LedToWork, null, Today);
        referral.Interventions.ShouldHaveSingleItem().EndOn.ShouldBe(Today.AddDays(-10));
    }

    [Fact]
    public void FirstVisit_OfAQueuedResursReferral_Throws()
    {
        var referral = Sent(ReferralProgram.Resurs);
        referral.JoinQueue(Now);
        referral.Receive(Today.AddDays(-50), Today);

        Should.Throw<DomainException>(() => referral.RecordFirstVisit(Today, Today)).Message.ShouldBe(ReferralRuleCodes.WaitingForPlace);
    }
}
