using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.Common;
using static CaseWork.Domain.Tests.CaseReviews.Reviews;

namespace CaseWork.Domain.Tests.CaseReviews;

/// <summary>"Markera återstående ärenden Inga åtgärder": the cases the unit head has looked at that have no decision yet.</summary>
public class MarkRemainingTests
{
    [Fact]
    public void RemainingOf_IsTheLookedAtCasesWithoutADecision()
    {
        var (review, entries) = Open(cases: 4);
        entries[0].Record(review, Ok("Planen är aktuell."), UnitWorkers, Head, Now);
        entries[1].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);

        review.RemainingOf([entries[0], entries[1], entries[2]]).ShouldBe([entries[2]]);
    }

    [Fact]
    public void MarkRemainingNoAction_MarksOnlyTheUndecidedCasesLookedAt_AndLeavesDecidedOnesAsTheyWere()
    {
        var (review, entries) = Open(cases: 4);
        entries[0].Record(review, Ok("Planen är aktuell."), UnitWorkers, Head, Now);
        entries[1].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);

        var marked = review.MarkRemainingNoAction([entries[0], entries[1], entries[2]], "head-2", Now.AddHours(1));

        marked.ShouldBe([entries[2]]);
        entries[2].Decision.ShouldBe(ReviewDecision.NoAction);
        entries[2].Comment.ShouldBeNull();
        entries[2].Actions.ShouldBeEmpty();
        entries[2].RecordedById.ShouldBe("head-2");
        entries[2].RecordedAt.ShouldBe(Now.AddHours(1));
        entries[0].Comment.ShouldBe("Planen är aktuell.");
        entries[0].RecordedById.ShouldBe(Head);
        entries[1].Decision.ShouldBe(ReviewDecision.NeedsAction);
        entries[1].Actions.Count.ShouldBe(1);
        entries[3].Decision.ShouldBeNull(); // not looked at
    }

    [Fact]
    public void MarkRemainingNoAction_WhenEveryCaseLookedAtIsDecided_IsRefused()
    {
        var (review, entries) = Open(cases: 2);
        entries[0].Record(review, Ok(), UnitWorkers, Head, Now);

        Should.Throw<DomainException>(() => review.MarkRemainingNoAction([entries[0]], Head, Now))
            .Message.ShouldBe(ReviewRuleCodes.NothingRemaining);
        entries[1].Decision.ShouldBeNull();
    }

    [Fact]
    public void MarkRemainingNoAction_OnASignedReview_IsRefused()
    {
        var (review, entries) = Open(cases: 1);
        DecideAll(review, entries);
        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate);

        Should.Throw<DomainException>(() => review.MarkRemainingNoAction(entries, Head, Now))
            .Message.ShouldBe(ReviewRuleCodes.AlreadySigned);
    }

    [Fact]
    public void MarkRemainingNoAction_WithACaseOfAnotherReview_IsAProgrammingError()
    {
        var (review, _) = Open(cases: 1);
        var (_, others) = Open(cases: 1);

        Should.Throw<ArgumentException>(() => review.MarkRemainingNoAction(others, Head, Now));
        others[0].Decision.ShouldBeNull();
    }
}
