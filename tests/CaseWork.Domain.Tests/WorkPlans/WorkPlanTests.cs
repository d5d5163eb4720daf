using System.Globalization;
using CaseWork.Domain.Common;
using CaseWork.Domain.FollowUps;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.Tests.WorkPlans;

public class WorkPlanTests
{
    [Fact]
    public void StartDraft_IsADraftWithoutVersions()
    {
        var plan = WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now);

        plan.Status.ShouldBe(WorkPlanStatus.Draft);
        plan.Versions.ShouldBeEmpty();
        plan.Content.Goal.ShouldStartWith("Arbete som barnskötare");
    }

    [Fact]
    public void Activate_MakesTheDraftVersionOneWithTheAgreement()
    {
        var plan = Plans.Active();

        plan.Status.ShouldBe(WorkPlanStatus.Active);
        plan.Draft.ShouldBeNull();
        plan.CurrentVersion!.Number.ShouldBe(1);
        plan.CurrentVersion.Reason.ShouldBeNull();
        plan.AgreementFor(1)!.ApplicantAgrees.ShouldBeTrue();
    }

    [Fact]
    public void Activate_WithoutAGoal_Throws()
    {
        var plan = WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(goal: " "), Plans.Now);

        Should.Throw<DomainException>(() => plan.Activate(Plans.Agreed, "worker-1", Plans.Now)).Message.ShouldBe(PlanRuleCodes.NoGoal);
        plan.Status.ShouldBe(WorkPlanStatus.Draft);
    }

    [Fact]
    public void Activate_DisagreementWithoutTheApplicantsView_Throws()
    {
        var plan = WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now);

        Should.Throw<DomainException>(() => plan.Activate(Plans.Agreed with { ApplicantAgrees = false }, "worker-1", Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.DisagreementWithoutView);
        plan.Status.ShouldBe(WorkPlanStatus.Draft);
        plan.Versions.ShouldBeEmpty();
    }

    [Fact]
    public void Activate_DisagreementWithTheApplicantsView_IsRecorded()
    {
        var plan = WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now);

        plan.Activate(Plans.Agreed with { ApplicantAgrees = false, ApplicantView = "Vill hellre studera till undersköterska." }, "worker-1", Plans.Now);

        plan.AgreementFor(1)!.ApplicantView.ShouldBe("Vill hellre studera till undersköterska.");
    }

    [Fact]
    public void Activate_Twice_Throws() =>
        Should.Throw<DomainException>(() => Plans.Active().Activate(Plans.Agreed, "worker-1", Plans.Now)).Message.ShouldBe(PlanRuleCodes.NotADraft);

    [Fact]
    public void UpdateDraft_OnAnActivePlan_Throws() =>
        Should.Throw<DomainException>(() => Plans.Active().UpdateDraft(Plans.Content(), Plans.Now)).Message.ShouldBe(PlanRuleCodes.NotADraft);

    [Fact]
    public void Revise_AddsANewVersion_AndKeepsTheOldOneAsItWas()
    {
        var plan = Plans.Active();
        var followUp = Guid.NewGuid();
        var revised = Plans.Content() with { NextFollowUp = new DateOnly(2027, 2, 1) };

        var version = plan.Revise(revised, "Uppföljning: sfi går bra, nästa möte flyttas.", "worker-2", Plans.Now.AddDays(30), new RevisionCause(followUp, plan.ApplicantId));

        version.Number.ShouldBe(2);
        version.Reason.ShouldBe("Uppföljning: sfi går bra, nästa möte flyttas.");
        version.CausedByFollowUpId.ShouldBe(followUp);
        version.CreatedBy.ShouldBe("worker-2");
        plan.Versions.Count.ShouldBe(2);
        plan.Versions[0].Content.NextFollowUp.ShouldBe(new DateOnly(2027, 1, 15));
        plan.Content.NextFollowUp.ShouldBe(new DateOnly(2027, 2, 1));
        plan.ChangedAt.ShouldBe(Plans.Now.AddDays(30)); // the root row changes too, so concurrent revisions collide
    }

    [Fact]
    public void Revise_KeepsWhoTookPart_WithTheOthersTrimmed_AndTheFirstVersionStatesNone()
    {
        var plan = Plans.Active();

        var version = plan.Revise(
            Plans.Content() with { Goal = "Ett annat individuellt mål för Amina" }, "Efter samtalet", "w", Plans.Now,
            participants: new Participants(Applicant: true, SocialWorker: true, Coach: false, Others: "  Arbetsförmedlingen  "));

        version.Participants.ShouldBe(new Participants(true, true, false, "Arbetsförmedlingen"));
        version.Participants.InSwedish().ShouldBe("den sökande, socialsekreteraren, Arbetsförmedlingen");
        plan.Versions[0].Participants.IsNone.ShouldBeTrue();
    }

    [Fact]
    public void Revise_WithOtherParticipantsOverTheLimit_Throws_AndAddsNoVersion()
    {
        var plan = Plans.Active();

        Should.Throw<DomainException>(() => plan.Revise(
                Plans.Content() with { Goal = "Ett annat individuellt mål för Amina" }, "Efter samtalet", "w", Plans.Now,
                participants: new Participants(true, false, false, new string('x', Participants.MaxOthersLength + 1))))
            .Message.ShouldBe(PlanRuleCodes.ParticipantsTooLong);
        plan.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void Revise_CausedByAnotherApplicantsTalk_Throws_AndAddsNoVersion()
    {
        var plan = Plans.Active();

        Should.Throw<DomainException>(() => plan.Revise(Plans.Content() with { Goal = "Ett annat individuellt mål för Amina" }, "Efter samtalet", "w", Plans.Now, new RevisionCause(Guid.NewGuid(), Guid.NewGuid())))
            .Message.ShouldBe(PlanRuleCodes.CauseOfAnotherApplicant);
        plan.Versions.Count.ShouldBe(1);
    }

    [Fact]
    public void Revise_CausedByATalkNoOneKnows_Throws() =>
        Should.Throw<DomainException>(() => Plans.Active().Revise(Plans.Content() with { Goal = "Ett annat individuellt mål för Amina" }, "Efter samtalet", "w", Plans.Now, new RevisionCause(Guid.NewGuid(), null)))
            .Message.ShouldBe(PlanRuleCodes.CauseOfAnotherApplicant);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Revise_WithoutReason_Throws(string reason) =>
        Should.Throw<DomainException>(() => Plans.Active().Revise(Plans.Content() with { Goal = "Ett annat individuellt mål för Amina" }, reason, "w", Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.RevisionWithoutReason);

    [Fact]
    public void Revise_ThatChangesNothing_Throws() =>
        Should.Throw<DomainException>(() => Plans.Active().Revise(Plans.Content(), "Ingen ändring", "w", Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.RevisionChangesNothing);

    [Fact]
    public void Revise_WhenPlanClosed_Throws()
    {
        var plan = Plans.Active();
        plan.Close(PlanClosureReason.SelfSufficient, "Fick anställning", Plans.Now);

        Should.Throw<DomainException>(() => plan.Revise(Plans.Content() with { Goal = "Nytt mål som är individuellt nog" }, "Skäl", "w", Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.AlreadyClosed);
    }

    [Fact]
    public void Revise_ADraft_Throws() =>
        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now)
            .Revise(Plans.Content() with { Goal = "Ett annat mål som är individuellt" }, "Skäl", "w", Plans.Now)).Message.ShouldBe(PlanRuleCodes.NotActive);

    [Fact]
    public void Close_ADraftForAnyReasonButDiscarding_Throws()
    {
        var draft = WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now);

        Should.Throw<DomainException>(() => draft.Close(PlanClosureReason.SelfSufficient, null, Plans.Now)).Message.ShouldBe(PlanRuleCodes.NotActive);
        draft.Status.ShouldBe(WorkPlanStatus.Draft);
        draft.Close(PlanClosureReason.DraftDiscarded, null, Plans.Now);
        draft.Status.ShouldBe(WorkPlanStatus.Closed);
    }

    [Fact]
    public void Close_Twice_Throws()
    {
        var plan = Plans.Active();
        plan.Close(PlanClosureReason.MovedAway, null, Plans.Now);

        plan.Status.ShouldBe(WorkPlanStatus.Closed);
        plan.ClosureReason.ShouldBe(PlanClosureReason.MovedAway);
        Should.Throw<DomainException>(() => plan.Close(PlanClosureReason.Other, null, Plans.Now)).Message.ShouldBe(PlanRuleCodes.AlreadyClosed);
    }

    [Fact]
    public void RecordAgreement_OnARevision_BelongsToThatVersion()
    {
        var plan = Plans.Active();
        plan.Revise(Plans.Content() with { Goal = "Arbete som barnskötare, deltid först, inom ett år" }, "Nytt mål efter trepartssamtal", "w", Plans.Now);

        plan.RecordAgreement(Plans.Agreed with { Method = AgreementMethod.SignedOnPaper }, Plans.Now);

        plan.AgreementFor(2)!.Method.ShouldBe(AgreementMethod.SignedOnPaper);
        plan.AgreementFor(1)!.Method.ShouldBe(AgreementMethod.InMeeting);
    }

    [Fact]
    public void SubgoalDatedAfterThePlanEnds_IsRefused()
    {
        var content = Plans.Content() with { Subgoals = [Plans.Subgoal(target: Plans.To.AddDays(1))] };

        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), content, Plans.Now)).Message.ShouldBe(PlanRuleCodes.SubgoalOutsidePlan);
    }

    [Theory]
    [InlineData("2026-11-01", "2026-11-02", true)]
    [InlineData("2026-11-01", "2026-11-01", false)]
    [InlineData("2026-11-02", "2026-11-01", false)]
    public void APeriod_EndsAfterItStarts(string from, string to, bool inOrder) =>
        PlanContent.IsPeriodInOrder(DateOnly.Parse(from, CultureInfo.InvariantCulture), DateOnly.Parse(to, CultureInfo.InvariantCulture)).ShouldBe(inOrder);

    [Theory]
    [InlineData("2026-10-31", false)]
    [InlineData("2026-11-01", true)]
    [InlineData("2027-04-30", true)]
    [InlineData("2027-05-01", false)]
    public void ADate_IsWithinThePeriod_BothEndsIncluded(string date, bool within) =>
        PlanContent.IsWithinPeriod(DateOnly.Parse(date, CultureInfo.InvariantCulture), Plans.From, Plans.To).ShouldBe(within);

    [Fact]
    public void PeriodOutOfOrder_IsRefused() =>
        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content() with { ValidTo = Plans.From }, Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.PeriodOutOfOrder);

    [Fact]
    public void FollowUpOutsideThePlan_IsRefused() =>
        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content() with { NextFollowUp = Plans.From.AddDays(-1) }, Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.FollowUpOutsidePlan);

    [Fact]
    public void ActivityByOtherWithoutAName_IsRefused()
    {
        var subgoal = Plans.Subgoal() with { Activities = [new PlanActivity(Guid.NewGuid(), "Hälsosamtal", ActivityOwner.Other, null, null)] };

        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content() with { Subgoals = [subgoal] }, Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.ActivityOwnerUnnamed);
    }
}
