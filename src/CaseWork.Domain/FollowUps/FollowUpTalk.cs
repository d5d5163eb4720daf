using CaseWork.Domain.Calendar;
using CaseWork.Domain.Common;
using CaseWork.Domain.Journal;

namespace CaseWork.Domain.FollowUps;

/// <summary>
/// A three-party or multi-party talk (trepartssamtal, flerpartssamtal): who took part, what came up, the assessment,
/// whether the plan is to be revised, and when the next follow-up is. Recorded once, like the journal note it writes.
/// </summary>
public class FollowUpTalk
{
    public const int MaxTextLength = 8000;
    public const int MaxParticipantsLength = Participants.MaxOthersLength;

    private FollowUpTalk()
    {
        WhatCameUp = string.Empty;
        AuthorId = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    public FollowUpTalkKind Kind { get; private set; }

    public DateOnly HeldOn { get; private set; }

    public bool ApplicantTookPart { get; private set; }

    public bool SocialWorkerTookPart { get; private set; }

    public bool CoachTookPart { get; private set; }

    /// <summary>Others present, e.g. "Arbetsförmedlingen (handläggare)"; needed for a multi-party talk.</summary>
    public string? OtherParticipants { get; private set; }

    public string WhatCameUp { get; private set; }

    public string? Assessment { get; private set; }

    public bool PlanToBeRevised { get; private set; }

    public DateOnly NextFollowUpOn { get; private set; }

    public string AuthorId { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>The signed journal note that records this talk.</summary>
    public Guid JournalNoteId { get; private set; }

    /// <summary>What was recorded about the talk, with the next follow-up as it was settled.</summary>
    public FollowUpTalkFacts Facts => new(
        Kind, HeldOn, ApplicantTookPart, SocialWorkerTookPart, CoachTookPart, OtherParticipants, WhatCameUp, Assessment, PlanToBeRevised, NextFollowUpOn);

    public Participants Participants => Facts.Participants;

    public JournalNoteKind JournalKind => Kind == FollowUpTalkKind.ThreeParty ? JournalNoteKind.ThreePartyTalk : JournalNoteKind.MultiPartyTalk;

    public static FollowUpTalk Record(Guid applicantId, string authorId, FollowUpTalkFacts facts, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(facts);
        PlausibleDates.EnsureHappened(facts.HeldOn, today, FollowUpRuleCodes.TalkInFuture, FollowUpRuleCodes.TalkTooEarly);

        var others = string.IsNullOrWhiteSpace(facts.OtherParticipants) ? null : facts.OtherParticipants.Trim();
        if (facts.Kind == FollowUpTalkKind.MultiParty && others is null)
        {
            throw new DomainException(FollowUpRuleCodes.OtherParticipantsMissing);
        }

        if (!facts.ApplicantTookPart && !facts.SocialWorkerTookPart && !facts.CoachTookPart && others is null)
        {
            throw new DomainException(FollowUpRuleCodes.NoParticipants);
        }

        if (string.IsNullOrWhiteSpace(facts.WhatCameUp))
        {
            throw new DomainException(FollowUpRuleCodes.WhatCameUpMissing);
        }

        if (facts.WhatCameUp.Length > MaxTextLength || facts.Assessment?.Length > MaxTextLength || others?.Length > MaxParticipantsLength)
        {
            throw new DomainException(FollowUpRuleCodes.TextTooLong);
        }

        if (facts.NextFollowUpOn is not { } next)
        {
            throw new DomainException(FollowUpRuleCodes.NextFollowUpMissing);
        }

        if (next <= facts.HeldOn)
        {
            throw new DomainException(FollowUpRuleCodes.NextFollowUpNotAfterTalk);
        }

        if (PlausibleDates.IsTooFarAhead(next, today))
        {
            throw new DomainException(FollowUpRuleCodes.NextFollowUpTooFarAhead);
        }

        return new FollowUpTalk
        {
            Id = Guid.CreateVersion7(now),
            ApplicantId = applicantId,
            Kind = facts.Kind,
            HeldOn = facts.HeldOn,
            ApplicantTookPart = facts.ApplicantTookPart,
            SocialWorkerTookPart = facts.SocialWorkerTookPart,
            CoachTookPart = facts.CoachTookPart,
            OtherParticipants = others,
            WhatCameUp = facts.WhatCameUp.Trim(),
            Assessment = string.IsNullOrWhiteSpace(facts.Assessment) ? null : facts.Assessment.Trim(),
            PlanToBeRevised = facts.PlanToBeRevised,
            NextFollowUpOn = next,
            AuthorId = authorId,
            RecordedAt = now,
        };
    }

    public void WrittenInJournalAs(Guid journalNoteId) => JournalNoteId = journalNoteId;
}

/// <summary>What the social worker records about a talk.</summary>
public sealed record FollowUpTalkFacts(
    FollowUpTalkKind Kind,
    DateOnly HeldOn,
    bool ApplicantTookPart,
    bool SocialWorkerTookPart,
    bool CoachTookPart,
    string? OtherParticipants,
    string WhatCameUp,
    string? Assessment,
    bool PlanToBeRevised,
    DateOnly? NextFollowUpOn)
{
    public Participants Participants => new(ApplicantTookPart, SocialWorkerTookPart, CoachTookPart, OtherParticipants);
}
