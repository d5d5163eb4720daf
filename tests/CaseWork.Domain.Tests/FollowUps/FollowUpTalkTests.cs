using CaseWork.Domain.Common;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.Journal;

namespace CaseWork.Domain.Tests.FollowUps;

public class FollowUpTalkTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static FollowUpTalkFacts Facts(FollowUpTalkKind kind = FollowUpTalkKind.ThreeParty, string? others = null) => new(
        kind, Today, true, true, true, others, "Praktiken på lagret går bra.", "Redo för anställning med stöd.", true, Today.AddMonths(3));

    private static FollowUpTalk Record(FollowUpTalkFacts facts) => FollowUpTalk.Record(Guid.NewGuid(), "worker-1", facts, Now, Today);

    [Fact]
    public void Record_AThreePartyTalk_IsJournalledAsOne()
    {
        var talk = Record(Facts());

        talk.JournalKind.ShouldBe(JournalNoteKind.ThreePartyTalk);
        talk.NextFollowUpOn.ShouldBe(Today.AddMonths(3));
        talk.PlanToBeRevised.ShouldBeTrue();
    }

    [Fact]
    public void Facts_AreWhatWasRecorded() => Record(Facts()).Facts.ShouldBe(Facts());

    [Fact]
    public void Record_AMultiPartyTalkWithOthers_IsJournalledAsOne() =>
        Record(Facts(FollowUpTalkKind.MultiParty, " Arbetsförmedlingen ")).OtherParticipants.ShouldBe("Arbetsförmedlingen");

    [Fact]
    public void Record_AMultiPartyTalkWithoutOthers_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts(FollowUpTalkKind.MultiParty, " "))).Message.ShouldBe(FollowUpRuleCodes.OtherParticipantsMissing);

    [Fact]
    public void Record_ATalkInTheFuture_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts() with { HeldOn = Today.AddDays(1), NextFollowUpOn = Today.AddMonths(3) }))
            .Message.ShouldBe(FollowUpRuleCodes.TalkInFuture);

    [Fact]
    public void Record_WithoutParticipants_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts() with { ApplicantTookPart = false, SocialWorkerTookPart = false, CoachTookPart = false }))
            .Message.ShouldBe(FollowUpRuleCodes.NoParticipants);

    [Fact]
    public void Record_WithoutWhatCameUp_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts() with { WhatCameUp = "" })).Message.ShouldBe(FollowUpRuleCodes.WhatCameUpMissing);

    [Fact]
    public void Record_WithoutANextFollowUp_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts() with { NextFollowUpOn = null })).Message.ShouldBe(FollowUpRuleCodes.NextFollowUpMissing);

    [Fact]
    public void Record_ANextFollowUpNotAfterTheTalk_Throws() =>
        Should.Throw<DomainException>(() => Record(Facts() with { NextFollowUpOn = Today })).Message.ShouldBe(FollowUpRuleCodes.NextFollowUpNotAfterTalk);
}
