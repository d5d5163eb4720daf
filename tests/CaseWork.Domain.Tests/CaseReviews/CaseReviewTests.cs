using CaseWork.Domain.CaseReviews;
using CaseWork.Domain.Common;
using static CaseWork.Domain.Tests.CaseReviews.Reviews;

namespace CaseWork.Domain.Tests.CaseReviews;

public class CaseReviewTests
{
    [Fact]
    public void Open_MakesOneUndecidedEntryPerCase()
    {
        var (review, entries) = Open(cases: 3);

        review.Status.ShouldBe(CaseReviewStatus.Ongoing);
        review.ReviewDate.ShouldBe(ReviewDate);
        entries.Count.ShouldBe(3);
        entries.ShouldAllBe(e => e.ReviewId == review.Id && e.Decision == null);
    }

    [Fact]
    public void Open_WithoutCases_IsRefused() =>
        Should.Throw<DomainException>(() => CaseReview.Open(7, 3, Worker, Head, [], Now, ReviewDate))
            .Message.ShouldBe(ReviewRuleCodes.EmptyCaseload);

    [Fact]
    public void Open_ACaseloadCountedInTheDatabase_WithoutCases_IsRefused() =>
        Should.Throw<DomainException>(() => CaseReview.Open(7, 3, Worker, Head, cases: 0, Now, ReviewDate))
            .Message.ShouldBe(ReviewRuleCodes.EmptyCaseload);

    [Fact]
    public void Open_ACaseloadCountedInTheDatabase_IsOngoingFromTheDay()
    {
        var review = CaseReview.Open(7, 3, Worker, Head, cases: 840, Now, ReviewDate);

        review.Status.ShouldBe(CaseReviewStatus.Ongoing);
        review.ReviewDate.ShouldBe(ReviewDate);
        review.OpenedById.ShouldBe(Head);
    }

    [Fact]
    public void Record_NeedsAction_AddsTheActionsForTheirOwners()
    {
        var (review, entries) = Open();

        entries[0].Record(review, NeedsAction(Action(), Action("Boka trepartssamtal", owner: Colleague)), UnitWorkers, Head, Now);

        entries[0].Decision.ShouldBe(ReviewDecision.NeedsAction);
        entries[0].Actions.Select(a => a.OwnerId).ShouldBe([Worker, Colleague]);
        entries[0].Actions.ShouldAllBe(a => a.ReviewId == review.Id && a.ApplicantId == entries[0].ApplicantId && !a.IsDone);
    }

    [Fact]
    public void Record_NeedsActionWithoutAction_IsRefused()
    {
        var (review, entries) = Open();

        Should.Throw<DomainException>(() => entries[0].Record(review, NeedsAction(), UnitWorkers, Head, Now))
            .Message.ShouldBe(ReviewRuleCodes.NeedsActionWithoutAction);
        entries[0].Decision.ShouldBeNull();
    }

    [Fact]
    public void Record_Again_KeepsNamedActions_AddsNewOnes_AndRemovesTheRest()
    {
        var (review, entries) = Open();
        var entry = entries[0];
        entry.Record(review, NeedsAction(Action("Första"), Action("Andra")), UnitWorkers, Head, Now);
        var first = entry.Actions.Single(a => a.Description == "Första");

        entry.Record(review, NeedsAction(Action("Första, omformulerad", id: first.Id), Action("Tredje")), UnitWorkers, Head, Now);

        entry.Actions.Count.ShouldBe(2);
        entry.Actions.Single(a => a.Id == first.Id).Description.ShouldBe("Första, omformulerad");
        entry.Actions.ShouldContain(a => a.Description == "Tredje");
        entry.Actions.ShouldNotContain(a => a.Description == "Andra");
    }

    [Fact]
    public void Record_ChangedToOk_RemovesTheActions()
    {
        var (review, entries) = Open();
        entries[0].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);

        entries[0].Record(review, Ok("Löst under mötet."), UnitWorkers, Head, Now);

        entries[0].Decision.ShouldBe(ReviewDecision.NoAction);
        entries[0].Comment.ShouldBe("Löst under mötet.");
        entries[0].Actions.ShouldBeEmpty();
    }

    [Fact]
    public void Complete_WithACaseWithoutDecision_IsRefused()
    {
        var (review, entries) = Open(cases: 2);
        entries[0].Record(review, Ok(), UnitWorkers, Head, Now);

        Should.Throw<DomainException>(() => review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate))
            .Message.ShouldBe(ReviewRuleCodes.CasesUndecided);
        review.IsCompleted.ShouldBeFalse();
    }

    [Fact]
    public void Complete_WhenEveryCaseIsDecided_SignsAndKeepsTheFactsOfEachCase()
    {
        var (review, entries) = Open(cases: 2);
        DecideAll(review, entries);
        var facts = new ReviewCaseFacts(11, 2, [], null, null, null);

        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts> { [entries[0].ApplicantId] = facts }, Head, "Maria Ek", Now.AddDays(1), ReviewDate.AddDays(1));

        review.Status.ShouldBe(CaseReviewStatus.Completed);
        review.CompletedOn.ShouldBe(ReviewDate.AddDays(1));
        review.SignedById.ShouldBe(Head);
        review.SignedByName.ShouldBe("Maria Ek");
        review.SignedAt.ShouldBe(Now.AddDays(1));
        entries[0].FactsAtSigning.ShouldBe(facts);
        entries[1].FactsAtSigning.ShouldBeNull();
    }

    [Fact]
    public void AfterSigning_NoCaseCanBeChanged_AndTheReviewCannotBeSignedAgain()
    {
        var (review, entries) = Open(cases: 1);
        DecideAll(review, entries);
        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate);

        Should.Throw<DomainException>(() => entries[0].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now))
            .Message.ShouldBe(ReviewRuleCodes.AlreadySigned);
        Should.Throw<DomainException>(() => review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate))
            .Message.ShouldBe(ReviewRuleCodes.AlreadySigned);
        entries[0].Decision.ShouldBe(ReviewDecision.NoAction);
    }

    [Fact]
    public void Record_EntryOfAnotherReview_Throws()
    {
        var (review, _) = Open();
        var (_, otherEntries) = Open();

        Should.Throw<ArgumentException>(() => otherEntries[0].Record(review, Ok(), UnitWorkers, Head, Now));
    }

    [Fact]
    public void MarkDone_ByTheOwnerOfASignedReview_RecordsWhen_AndOnlyOnce()
    {
        var (review, entries) = Open(cases: 1);
        entries[0].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);
        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate);
        var action = entries[0].Actions.Single();

        action.MarkDone(review, Worker, Now.AddDays(3)).ShouldBeTrue();
        action.MarkDone(review, Worker, Now.AddDays(4)).ShouldBeFalse();

        action.IsDone.ShouldBeTrue();
        action.DoneAt.ShouldBe(Now.AddDays(3));
    }

    [Fact]
    public void MarkDone_BySomeoneElse_IsRefused()
    {
        var (review, entries) = Open(cases: 1);
        entries[0].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);
        review.Complete(entries, new Dictionary<Guid, ReviewCaseFacts>(), Head, "Maria Ek", Now, ReviewDate);

        Should.Throw<DomainException>(() => entries[0].Actions.Single().MarkDone(review, Head, Now))
            .Message.ShouldBe(ReviewRuleCodes.NotActionOwner);
    }

    [Fact]
    public void MarkDone_BeforeTheReviewIsSigned_IsRefused()
    {
        var (review, entries) = Open(cases: 1);
        entries[0].Record(review, NeedsAction(Action()), UnitWorkers, Head, Now);

        Should.Throw<DomainException>(() => entries[0].Actions.Single().MarkDone(review, Worker, Now))
            .Message.ShouldBe(ReviewRuleCodes.NotSigned);
    }
}
