using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.Tests.WorkPlans;

public class PlanQualityRulesTests
{
    private static readonly PlanQualityRules Rules = new(new PlanQualityOptions());
    private static readonly PlanSituation Fine = new(new DateOnly(2026, 11, 23), ReceivingAid: true, HasSignedInvestigation: true);

    [Theory]
    [InlineData("Bli självförsörjande")]
    [InlineData("bli självförsörjande.")]
    [InlineData("Att få ett arbete så snart som möjligt")]
    [InlineData("Få jobb")]
    [InlineData("Arbete")]
    [InlineData("")]
    [InlineData(null)]
    public void IsGenericGoal_TheAuditsExamples_AreGeneric(string? goal) => Rules.IsGenericGoal(goal).ShouldBeTrue();

    [Theory]
    [InlineData("Bli självförsörjande genom arbete som undersköterska i hemtjänsten")]
    [InlineData("Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik")]
    public void IsGenericGoal_IndividualGoals_AreNot(string goal) => Rules.IsGenericGoal(goal).ShouldBeFalse();

    [Fact]
    public void IsGenericGoal_UsesTheConfiguredPhrases()
    {
        var rules = new PlanQualityRules(new PlanQualityOptions { GenericPhrases = ["arbeta mer med lokalt engagemang"] });

        rules.IsGenericGoal("Arbeta mer med lokalt engagemang").ShouldBeTrue();
        rules.IsGenericGoal("Bli självförsörjande inom sex månader").ShouldBeFalse();
    }

    [Fact]
    public void Evaluate_AGoodPlan_HasNoSignals() => Rules.Evaluate(Plans.Content(), Fine).ShouldBeEmpty();

    [Fact]
    public void Evaluate_GenericGoalWithoutSubgoals_SignalsBoth()
    {
        var plan = Plans.Content(goal: "Bli självförsörjande") with { Subgoals = [] };

        Rules.Evaluate(plan, Fine).ShouldBe([PlanQualitySignal.GenericGoal, PlanQualitySignal.NoSubgoal], ignoreOrder: true);
    }

    [Fact]
    public void Evaluate_SubgoalWithoutCriterion_Signals()
    {
        var plan = Plans.Content() with { Subgoals = [Plans.Subgoal(criterion: " ")] };

        Rules.Evaluate(plan, Fine).ShouldBe([PlanQualitySignal.SubgoalWithoutTargetDateOrCriterion]);
    }

    [Fact]
    public void Evaluate_FollowUpMissingOrPassed_AndPlanExpired()
    {
        Rules.Evaluate(Plans.Content() with { NextFollowUp = null }, Fine).ShouldBe([PlanQualitySignal.NoNextFollowUp]);
        Rules.Evaluate(Plans.Content(), Fine with { Today = new DateOnly(2027, 1, 16) }).ShouldBe([PlanQualitySignal.FollowUpOverdue]);
        Rules.Evaluate(Plans.Content(), Fine with { Today = new DateOnly(2027, 5, 1) })
            .ShouldBe([PlanQualitySignal.FollowUpOverdue, PlanQualitySignal.PlanExpired], ignoreOrder: true);
    }

    [Fact]
    public void Evaluate_NoPlanWhileOnAid_AndNoSignedInvestigation()
    {
        Rules.Evaluate(null, Fine with { HasSignedInvestigation = false })
            .ShouldBe([PlanQualitySignal.NoActivePlanWhileReceivingAid, PlanQualitySignal.NoSignedInvestigation], ignoreOrder: true);
        Rules.Evaluate(null, Fine with { ReceivingAid = false }).ShouldBeEmpty();
    }
}
