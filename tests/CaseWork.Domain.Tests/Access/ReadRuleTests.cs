using CaseWork.Domain.Access;
using CaseWork.Domain.Common;

namespace CaseWork.Domain.Tests.Access;

public class ReadRuleTests
{
    private static readonly StatedReason Held = StatedReason.Create(ReadReason.Oversight, "Tillsyn efter klagomål");

    [Fact]
    public void TheAssignedWorker_ReadsTheirOwnCase_WithoutAReason() =>
        ReadRule.Decide(new ReadSituation(IsAssignedWorker: true), null).ShouldBe(new ReadDecision(ReadPurpose.OwnCase, null));

    [Fact]
    public void AUnitHeadRunningAReviewThatIncludesTheApplicant_ReadsForTheReview() =>
        ReadRule.Decide(new ReadSituation(false, InReviewOfReader: true), null).Purpose.ShouldBe(ReadPurpose.Review);

    [Fact]
    public void AnOpenReviewActionOnTheReadersDueList_IsADueListRead() =>
        ReadRule.Decide(new ReadSituation(false, OwnsOpenReviewAction: true), null).Purpose.ShouldBe(ReadPurpose.DueAction);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(null, 1)]
    [InlineData(1, null)]
    public void ASocialWorkerOfTheSameGroup_OrWhereNoGroupIsSet_Covers(int? readerGroup, int? workerGroup) =>
        ReadRule.Decide(new ReadSituation(false, IsSocialWorkerOfTheUnit: true, ReaderGroupId: readerGroup, AssignedWorkerGroupId: workerGroup), null)
            .Purpose.ShouldBe(ReadPurpose.Covering);

    [Fact]
    public void ASocialWorkerOfTheUnit_CoversAnApplicantWithNoWorkerYet() =>
        ReadRule.Decide(new ReadSituation(false, IsSocialWorkerOfTheUnit: true, HasAssignedWorker: false, ReaderGroupId: 1), null)
            .Purpose.ShouldBe(ReadPurpose.Covering);

    [Fact]
    public void ASocialWorkerOfAnotherGroup_NeedsAReason() =>
        ReadRule.Decide(new ReadSituation(false, IsSocialWorkerOfTheUnit: true, ReaderGroupId: 1, AssignedWorkerGroupId: 2), null).NeedsReason.ShouldBeTrue();

    [Fact]
    public void AManagerOrAUnitHeadWithNoTask_NeedsAReason_AndReadsWithTheOneTheyStated()
    {
        var nothing = new ReadSituation(IsAssignedWorker: false);

        ReadRule.Decide(nothing, null).ShouldBe(ReadDecision.AskForReason);
        ReadRule.Decide(nothing, Held).ShouldBe(new ReadDecision(ReadPurpose.StatedReason, Held));
    }

    [Fact]
    public void ATask_WinsOverAHeldReason() =>
        ReadRule.Decide(new ReadSituation(IsAssignedWorker: true), Held).ShouldBe(new ReadDecision(ReadPurpose.OwnCase, null));

    [Fact]
    public void AReason_IsChosenFromTheList_WithFreeText()
    {
        var reason = StatedReason.Create(ReadReason.Complaint, "  Synpunkt från den sökande  ");

        (reason.Reason, reason.Text).ShouldBe((ReadReason.Complaint, "Synpunkt från den sökande"));
        StatedReason.Create(ReadReason.StandingIn, " ").Text.ShouldBeNull();
    }

    [Fact]
    public void NoChoice_OrAnUnknownOne_IsRefused()
    {
        Should.Throw<DomainException>(() => StatedReason.Create(null, "text")).Message.ShouldBe(AccessRuleCodes.ReasonMissing);
        Should.Throw<DomainException>(() => StatedReason.Create((ReadReason)42, "text")).Message.ShouldBe(AccessRuleCodes.ReasonMissing);
    }

    [Fact]
    public void Other_NeedsTheFreeText() =>
        Should.Throw<DomainException>(() => StatedReason.Create(ReadReason.Other, "  ")).Message.ShouldBe(AccessRuleCodes.OtherReasonUndescribed);

    [Fact]
    public void TheFreeText_IsShort() =>
        Should.Throw<DomainException>(() => StatedReason.Create(ReadReason.Other, new string('x', StatedReason.MaxTextLength + 1))).Message.ShouldBe(AccessRuleCodes.ReasonTextTooLong);
}
