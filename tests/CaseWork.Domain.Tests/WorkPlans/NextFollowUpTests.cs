using CaseWork.Domain.Common;
using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.Tests.WorkPlans;

public class NextFollowUpTests
{
    private static readonly PlanQualityRules Rules = new(new PlanQualityOptions());

    [Fact]
    public void Activate_TakesTheNextFollowUpFromTheAgreedContent() =>
        Plans.Active().NextFollowUpOn.ShouldBe(new DateOnly(2027, 1, 15));

    [Fact]
    public void Revise_TakesTheNextFollowUpFromTheNewVersion()
    {
        var plan = Plans.Active();

        plan.Revise(Plans.Content() with { NextFollowUp = new DateOnly(2027, 3, 1) }, "Efter trepartssamtal", "worker-1", Plans.Now);

        plan.NextFollowUpOn.ShouldBe(new DateOnly(2027, 3, 1));
    }

    [Fact]
    public void MoveNextFollowUp_MovesTheDate_WithoutANewVersion()
    {
        var plan = Plans.Active();

        plan.MoveNextFollowUp(new DateOnly(2027, 2, 20), Plans.Now.AddDays(1));

        plan.NextFollowUpOn.ShouldBe(new DateOnly(2027, 2, 20));
        plan.Versions.Count.ShouldBe(1);
        plan.ChangedAt.ShouldBe(Plans.Now.AddDays(1));
    }

    [Fact]
    public void MoveNextFollowUp_OnADraft_Throws() =>
        Should.Throw<DomainException>(() => WorkPlan.StartDraft(Guid.NewGuid(), Plans.Content(), Plans.Now).MoveNextFollowUp(new DateOnly(2027, 2, 1), Plans.Now))
            .Message.ShouldBe(PlanRuleCodes.NotActive);

    [Fact]
    public void MoveNextFollowUp_OnAClosedPlan_Throws()
    {
        var plan = Plans.Active();
        plan.Close(PlanClosureReason.CaseClosed, null, Plans.Now);

        Should.Throw<DomainException>(() => plan.MoveNextFollowUp(new DateOnly(2027, 2, 1), Plans.Now)).Message.ShouldBe(PlanRuleCodes.AlreadyClosed);
    }

    [Fact]
    public void Evaluate_UsesThePlansMovedDate_NotTheVersionsDate()
    {
        var today = new DateOnly(2027, 1, 20);
        var situation = new PlanSituation(today, ReceivingAid: true, HasSignedInvestigation: true);

        Rules.Evaluate(Plans.Content(), new DateOnly(2027, 2, 20), situation).ShouldNotContain(PlanQualitySignal.FollowUpOverdue);
        Rules.Evaluate(Plans.Content(), new DateOnly(2027, 1, 19), situation).ShouldContain(PlanQualitySignal.FollowUpOverdue);
        Rules.Evaluate(Plans.Content(), null, situation).ShouldContain(PlanQualitySignal.NoNextFollowUp);
    }
}
