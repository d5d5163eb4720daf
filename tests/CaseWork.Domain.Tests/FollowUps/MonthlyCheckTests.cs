using CaseWork.Domain.Applicants;
using CaseWork.Domain.Common;
using CaseWork.Domain.FollowUps;

namespace CaseWork.Domain.Tests.FollowUps;

public class MonthlyCheckTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static MonthlyCheckFacts Facts(
        Attendance attendance = Attendance.Yes,
        int? days = 18,
        AidDecision decision = AidDecision.Granted,
        string? decisionText = null,
        int month = 11,
        int applications = 6) =>
        new(new DateOnly(2026, month, 1), attendance, days, applications, decision, decisionText, "Söker inom lager.");

    private static MonthlyCheck Record(MonthlyCheckFacts facts) => MonthlyCheck.Record(Guid.NewGuid(), "worker-1", facts, Now, Today);

    [Fact]
    public void Record_KeepsTheFactsOfTheMonth()
    {
        var check = Record(Facts());

        check.Month.ShouldBe(new DateOnly(2026, 11, 1));
        check.DaysAttended.ShouldBe(18);
        check.JobApplications.ShouldBe(6);
        check.Comment.ShouldBe("Söker inom lager.");
        check.IsSanctionForAttendance.ShouldBeFalse();
    }

    [Fact]
    public void Record_AFutureMonth_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts(month: 12))).Message.ShouldBe(FollowUpRuleCodes.MonthInFuture);

    [Fact]
    public void Record_PartlyWithoutDays_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts(Attendance.Partly, days: null))).Message.ShouldBe(FollowUpRuleCodes.DaysMissing);

    [Theory]
    [InlineData(31)]
    [InlineData(-1)]
    public void Record_MoreDaysThanTheMonthHas_Throws(int days) =>
        Should.Throw<DomainException>(() => Record(Facts(Attendance.Partly, days: days))).Message.ShouldBe(FollowUpRuleCodes.DaysOutOfRange);

    [Fact]
    public void Record_ThirtyOneDaysInOctober_IsFine() => Record(Facts(Attendance.Yes, days: 31, month: 10)).DaysAttended.ShouldBe(31);

    [Fact]
    public void Record_NoAttendance_MeansNoDays() => Record(Facts(Attendance.No, days: 5, AidDecision.Reduced, "Reducerat")).DaysAttended.ShouldBe(0);

    [Fact]
    public void Record_NegativeApplications_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts(applications: -1))).Message.ShouldBe(FollowUpRuleCodes.ApplicationsOutOfRange);

    [Theory]
    [InlineData(AidDecision.Reduced)]
    [InlineData(AidDecision.Refused)]
    public void Record_ReductionOrRefusalWithoutDecisionText_Throws(AidDecision decision) =>
        Should.Throw<DomainException>(() => Record(Facts(decision: decision, decisionText: " "))).Message.ShouldBe(FollowUpRuleCodes.DecisionTextMissing);

    [Theory]
    [InlineData(Attendance.Partly, AidDecision.Reduced, true)]
    [InlineData(Attendance.No, AidDecision.Refused, true)]
    [InlineData(Attendance.Yes, AidDecision.Refused, false)]
    [InlineData(Attendance.NotApplicable, AidDecision.Reduced, false)]
    [InlineData(Attendance.No, AidDecision.Granted, false)]
    public void IsSanctionForAttendance_OnlyForAReductionOrRefusalWhenAttendanceFell(Attendance attendance, AidDecision decision, bool expected) =>
        Record(Facts(attendance, days: 4, decision, "Enligt 4 kap. 1 § SoL")).IsSanctionForAttendance.ShouldBe(expected);

    [Fact]
    public void BreachesOf_AReducedMonthWithoutDaysOrMotivation_NamesBothAtOnce() =>
        MonthlyCheck.BreachesOf(Facts(Attendance.Partly, days: null, AidDecision.Reduced, decisionText: null), Today)
            .ShouldBe([FollowUpRuleCodes.DaysMissing, FollowUpRuleCodes.DecisionTextMissing]);

    [Fact]
    public void BreachesOf_NothingChosen_NamesEveryMissingFactInTheFormsOrder() =>
        MonthlyCheck.BreachesOf(new MonthlyCheckFacts(null, null, null, null, null, null, null), Today)
            .ShouldBe([FollowUpRuleCodes.MonthMissing, FollowUpRuleCodes.ApplicationsMissing, FollowUpRuleCodes.AttendanceMissing, FollowUpRuleCodes.DecisionMissing]);

    [Fact]
    public void Record_WithoutADecision_Throws_NeverDefaults() =>
        Should.Throw<DomainException>(() => Record(Facts() with { Decision = null })).Message.ShouldBe(FollowUpRuleCodes.DecisionMissing);

    [Fact]
    public void BreachesOf_AValidMonth_IsEmpty() => MonthlyCheck.BreachesOf(Facts(), Today).ShouldBeEmpty();

    [Fact]
    public void IsSanctionForAttendance_IsKnownFromTheFactsBeforeRecording() =>
        Facts(Attendance.Partly, days: 4, AidDecision.Reduced, "Närvaro 4 dagar.").IsSanctionForAttendance.ShouldBeTrue();
}
