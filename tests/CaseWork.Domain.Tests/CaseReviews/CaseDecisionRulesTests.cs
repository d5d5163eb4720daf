using CaseWork.Domain.Calendar;
using CaseWork.Domain.CaseReviews;
using static CaseWork.Domain.Tests.CaseReviews.Reviews;

namespace CaseWork.Domain.Tests.CaseReviews;

public class CaseDecisionRulesTests
{
    private static IReadOnlyList<RuleBreach> Check(CaseDecision decision) => CaseDecisionRules.Check(decision, ReviewDate, UnitWorkers);

    [Fact]
    public void OkWithoutActions_AndNeedsActionWithAGoodAction_BreakNothing()
    {
        Check(Ok("Planen är aktuell.")).ShouldBeEmpty();
        Check(NeedsAction(Action())).ShouldBeEmpty();
    }

    [Fact]
    public void NoDecision_IsABreach() =>
        Check(new CaseDecision(null, "Bara en kommentar", [])).ShouldContain(new RuleBreach(ReviewRuleCodes.DecisionMissing));

    [Fact]
    public void NeedsAction_WithoutAnAction_IsABreach() =>
        Check(NeedsAction()).ShouldBe([new RuleBreach(ReviewRuleCodes.NeedsActionWithoutAction)]);

    [Fact]
    public void Ok_WithActions_IsABreach() =>
        Check(new CaseDecision(ReviewDecision.NoAction, null, [Action()])).ShouldBe([new RuleBreach(ReviewRuleCodes.ActionsWithoutNeedsAction)]);

    [Fact]
    public void AnActionWithoutTextOwnerOrDueDate_NamesEachFieldOfThatAction()
    {
        var breaches = Check(NeedsAction(Action(), Action(description: " ", owner: null, due: null) with { DueOn = null }));

        breaches.ShouldBe(
        [
            new RuleBreach(ReviewRuleCodes.ActionTextMissing, 1),
            new RuleBreach(ReviewRuleCodes.ActionOwnerMissing, 1),
            new RuleBreach(ReviewRuleCodes.ActionDueMissing, 1),
        ]);
    }

    [Fact]
    public void DueDate_FromTheReviewDate_ToTwoYearsAhead_IsAllowed_BeforeOrAfterIsNot()
    {
        Check(NeedsAction(Action(due: ReviewDate))).ShouldBeEmpty();
        Check(NeedsAction(Action(due: ReviewDate.AddDays(-1)))).ShouldBe([new RuleBreach(ReviewRuleCodes.ActionDueBeforeReview, 0)]);
        Check(NeedsAction(Action(due: ReviewDate.AddYears(2).AddDays(1)))).ShouldBe([new RuleBreach(CalendarRuleCodes.TooFarAhead, 0)]);
        Check(NeedsAction(Action(due: ReviewDate.AddYears(2)))).ShouldBeEmpty();
    }

    [Fact]
    public void Owner_MustBeASocialWorkerOfTheUnit() =>
        Check(NeedsAction(Action(owner: "someone-of-another-unit"))).ShouldBe([new RuleBreach(ReviewRuleCodes.ActionOwnerNotInUnit, 0)]);

    [Fact]
    public void TooLongTexts_AreBreaches()
    {
        Check(new CaseDecision(ReviewDecision.NoAction, new string('x', CaseDecisionRules.MaxCommentLength + 1), []))
            .ShouldBe([new RuleBreach(ReviewRuleCodes.CommentTooLong)]);
        Check(NeedsAction(Action(description: new string('x', CaseDecisionRules.MaxActionLength + 1))))
            .ShouldBe([new RuleBreach(ReviewRuleCodes.ActionTextTooLong, 0)]);
    }

    [Fact]
    public void MoreActionsThanAllowed_IsABreach() =>
        Check(NeedsAction(Enumerable.Range(0, CaseDecisionRules.MaxActions + 1).Select(_ => Action()).ToArray()))
            .ShouldBe([new RuleBreach(ReviewRuleCodes.TooManyActions)]);
}
