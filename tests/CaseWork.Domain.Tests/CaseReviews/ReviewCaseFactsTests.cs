using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.Journal;
using CaseWork.Domain.Due;

namespace CaseWork.Domain.Tests.CaseReviews;

public class ReviewCaseFactsTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    [Fact]
    public void LastFollowUp_IsTheLaterOfCheckAndTalk()
    {
        var talk = new ReviewFollowUp(Day, JournalNoteKind.ThreePartyTalk);

        ReviewCaseFacts.LastFollowUpOf(Day.AddDays(2), talk).ShouldBe(new ReviewFollowUp(Day.AddDays(2), JournalNoteKind.MonthlyCheck));
        ReviewCaseFacts.LastFollowUpOf(Day.AddDays(-2), talk).ShouldBe(talk);
        ReviewCaseFacts.LastFollowUpOf(Day, talk).ShouldBe(talk);
        ReviewCaseFacts.LastFollowUpOf(null, null).ShouldBeNull();
    }

    [Fact]
    public void NextDue_IsTheEarliestItem_OverdueIncluded()
    {
        var applicant = Guid.NewGuid();
        DueItem[] items =
        [
            new(applicant, DueKind.PlanFollowUp, Day.AddDays(20)),
            new(applicant, DueKind.MonthlyCheck, Day.AddDays(-3), Day.AddMonths(-1)),
        ];

        ReviewCaseFacts.NextDueOf(items).ShouldBe(new ReviewDue(Day.AddDays(-3), DueKind.MonthlyCheck));
        ReviewCaseFacts.NextDueOf([]).ShouldBeNull();
    }

    [Fact]
    public void LongTerm_FromTenMonthsInTheWindow()
    {
        new ReviewCaseFacts(10, null, [], null, null, null).IsLongTerm.ShouldBeTrue();
        new ReviewCaseFacts(9, null, [], null, null, null).IsLongTerm.ShouldBeFalse();
    }
}
