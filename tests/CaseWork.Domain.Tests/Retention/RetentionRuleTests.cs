using System.Globalization;
using CaseWork.Domain.People;
using CaseWork.Domain.Retention;

namespace CaseWork.Domain.Tests.Retention;

public class RetentionRuleTests
{
    private static readonly PersonalIdentityNumber BornOnThe6th = Pin("19800306");

    [Fact]
    public void AFile_IsDueFiveYearsAfterItsLastEntry_ToTheDay()
    {
        var lastEntry = Date("2019-03-10");

        Assess(BornOnThe6th, lastEntry, today: "2024-03-09").Status.ShouldBe(RetentionStatus.NotDue);
        var due = Assess(BornOnThe6th, lastEntry, today: "2024-03-10");

        due.Status.ShouldBe(RetentionStatus.Due);
        due.DueFrom.ShouldBe(Date("2024-03-10"));
        due.Deadline.ShouldBe(Date("2025-12-31"));
    }

    [Fact]
    public void ALastEntryOnALeapDay_IsDueOn28February_FiveYearsOn()
    {
        var lastEntry = Date("2020-02-29");

        RetentionRule.DueFrom(lastEntry).ShouldBe(Date("2025-02-28"));
        Assess(BornOnThe6th, lastEntry, today: "2025-02-27").Status.ShouldBe(RetentionStatus.NotDue);
        Assess(BornOnThe6th, lastEntry, today: "2025-02-28").Status.ShouldBe(RetentionStatus.Due);
        RetentionRule.Deadline(lastEntry).ShouldBe(Date("2026-12-31"));
    }

    [Fact]
    public void ALeapDayFiveYearsOn_IsDueOnThatLeapDay() =>
        RetentionRule.DueFrom(Date("2019-02-28")).ShouldBe(Date("2024-02-28"));

    [Theory]
    [InlineData("2019-12-31", "2024-12-30", RetentionStatus.NotDue)]
    [InlineData("2019-12-31", "2024-12-31", RetentionStatus.Due)]
    [InlineData("2020-01-01", "2024-12-31", RetentionStatus.NotDue)]
    [InlineData("2020-01-01", "2025-01-01", RetentionStatus.Due)]
    public void TheYearEnd_DecidesNothingButTheDay(string lastEntry, string today, RetentionStatus status) =>
        Assess(BornOnThe6th, Date(lastEntry), today).Status.ShouldBe(status);

    [Theory]
    [InlineData("2019-12-31", "2025-12-31")] // due on the year's last day: the whole next year to delete it
    [InlineData("2020-01-01", "2026-12-31")] // due a day later: a year more
    [InlineData("2019-06-15", "2025-12-31")]
    public void TheDeadline_IsTheEndOfTheYearAfterTheFileBecameDue(string lastEntry, string deadline) =>
        RetentionRule.Deadline(Date(lastEntry)).ShouldBe(Date(deadline));

    [Fact]
    public void AFileDueAndPastItsDeadline_IsOverdue()
    {
        var lastEntry = Date("2019-12-31");

        Assess(BornOnThe6th, lastEntry, "2025-12-31").IsOverdue(Date("2025-12-31")).ShouldBeFalse();
        Assess(BornOnThe6th, lastEntry, "2026-01-01").IsOverdue(Date("2026-01-01")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("19800305")]
    [InlineData("19800315")]
    [InlineData("19800325")]
    [InlineData("19800365")] // samordningsnummer: born on the 5th
    [InlineData("19800375")]
    [InlineData("19800385")]
    public void PeopleBornOnThe5th15thOr25th_AreKeptForResearch(string birth)
    {
        var person = Pin(birth);

        RetentionRule.IsResearchExempt(person).ShouldBeTrue();
        Assess(person, Date("2010-01-01"), "2026-01-01").Status.ShouldBe(RetentionStatus.Exempt);
    }

    [Theory]
    [InlineData("19800304")]
    [InlineData("19800306")]
    [InlineData("19800316")]
    [InlineData("19800326")]
    [InlineData("19800331")]
    [InlineData("19800366")] // samordningsnummer: born on the 6th
    [InlineData("19800376")]
    [InlineData("19800386")]
    public void OtherDays_AreNotExempt(string birth)
    {
        RetentionRule.IsResearchExempt(Pin(birth)).ShouldBeFalse();
        Assess(Pin(birth), Date("2010-01-01"), "2026-01-01").Status.ShouldBe(RetentionStatus.Due);
    }

    [Fact]
    public void APersonBornOn29February_IsNotExempt_AndTheirFileIsDue()
    {
        var leapBorn = Pin("20000229");
        var coordinationLeapBorn = Pin("20000289");

        coordinationLeapBorn.BirthDate.ShouldBe(Date("2000-02-29"));
        Assess(leapBorn, Date("2020-02-29"), "2025-02-28").Status.ShouldBe(RetentionStatus.Due);
        Assess(coordinationLeapBorn, Date("2020-02-29"), "2025-02-28").Status.ShouldBe(RetentionStatus.Due);
    }

    [Fact]
    public void AnExemptFile_NotYetPastTheFiveYears_IsSimplyNotDue() =>
        Assess(Pin("19800315"), Date("2024-01-01"), "2026-01-01").Status.ShouldBe(RetentionStatus.NotDue);

    [Theory]
    [InlineData(InUse.ActivePlan)]
    [InlineData(InUse.OpenReferral)]
    [InlineData(InUse.OngoingCaseReview)]
    [InlineData(InUse.OpenReviewAction)]
    [InlineData(InUse.RecentAid)]
    [InlineData(InUse.ActivePlan | InUse.OpenReferral)]
    public void AnythingStillInUse_KeepsAFilePastTheFiveYears(InUse inUse)
    {
        var kept = RetentionRule.Assess(BornOnThe6th, Date("2015-05-05"), inUse, Date("2026-01-01"));

        kept.Status.ShouldBe(RetentionStatus.InUse);
        kept.InUse.ShouldBe(inUse);
        kept.IsOverdue(Date("2026-01-01")).ShouldBeFalse();
    }

    [Fact]
    public void TheResearchExemption_WinsOverInUse() =>
        RetentionRule.Assess(Pin("19800325"), Date("2015-05-05"), InUse.ActivePlan, Date("2026-01-01")).Status.ShouldBe(RetentionStatus.Exempt);

    [Theory]
    [InlineData("2025-02-28", "2020-02-29")] // a leap day five years back is due today
    [InlineData("2024-02-29", "2019-02-28")] // today a leap day: five years back has no 29th
    [InlineData("2024-03-01", "2019-03-01")]
    [InlineData("2026-01-01", "2021-01-01")]
    [InlineData("2025-12-31", "2020-12-31")]
    public void LatestDueLastEntry_IsTheLastDayThatIsDueToday(string today, string latest) =>
        RetentionRule.LatestDueLastEntry(Date(today)).ShouldBe(Date(latest));

    [Fact]
    public void LatestDueLastEntry_AgreesWithDueFrom_OnEveryDayOfALeapCycle()
    {
        // The database selects "no entry after LatestDueLastEntry(today)"; the rule says "DueFrom(last) <= today".
        for (var today = Date("2024-01-01"); today <= Date("2028-12-31"); today = today.AddDays(1))
        {
            var latest = RetentionRule.LatestDueLastEntry(today);
            RetentionRule.DueFrom(latest).ShouldBeLessThanOrEqualTo(today, $"today {today:O}");
            RetentionRule.DueFrom(latest.AddDays(1)).ShouldBeGreaterThan(today, $"today {today:O}");
        }
    }

    [Theory]
    [InlineData("2026-01-15", "2025-02-01")]
    [InlineData("2026-12-31", "2026-01-01")]
    [InlineData("2024-02-29", "2023-03-01")]
    public void RecentAid_IsTheCurrentMonthAndTheElevenBefore(string today, string from) =>
        RetentionRule.RecentAidFrom(Date(today)).ShouldBe(Date(from));

    private static RetentionAssessment Assess(PersonalIdentityNumber person, DateOnly lastEntry, string today) =>
        RetentionRule.Assess(person, lastEntry, InUse.None, Date(today));

    private static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A valid number for a birth date (or samordningsnummer date) given as YYYYMMDD.</summary>
    private static PersonalIdentityNumber Pin(string yyyymmdd)
    {
        var nine = yyyymmdd[2..] + "123";
        return PersonalIdentityNumber.FromStored(yyyymmdd[..2] + nine + PersonalIdentityNumber.CheckDigitFor(nine).ToString(CultureInfo.InvariantCulture));
    }
}
