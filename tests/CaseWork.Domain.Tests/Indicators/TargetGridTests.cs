using CaseWork.Domain.Common;
using CaseWork.Domain.Indicators;

namespace CaseWork.Domain.Tests.Indicators;

public class TargetGridTests
{
    private const int ThisYear = 2026;
    private static readonly GridFigure Adults = new(1, null);
    private static readonly GridFigure OnAid = new(1, IndicatorMeasure.AdultsOnAid);
    private static readonly GridFigure Households = new(1, IndicatorMeasure.HouseholdsOnAid);

    private static TargetGrid Saved(out DistrictPopulation population, out IndicatorTarget target)
    {
        population = new DistrictPopulation(1, ThisYear, 40_000, ThisYear);
        target = new IndicatorTarget(1, ThisYear, IndicatorMeasure.AdultsOnAid, 100, ThisYear);
        return new TargetGrid(ThisYear, [population], [target]);
    }

    [Fact]
    public void Apply_ChangesTypedFigures_AddsNewOnes_AndRemovesEmptiedOnes_CountingOnlyWhatDiffers()
    {
        var grid = Saved(out var population, out var target);

        var changes = grid.Apply(
            [new(Adults, 40_000, 0), new(OnAid, null, 0), new(Households, 80, null), new(new GridFigure(2, null), 12_000, null), new(new GridFigure(2, IndicatorMeasure.AdultsOnAid), null, null)],
            ThisYear);

        changes.Count.ShouldBe(3);
        changes.RemovedTargets.ShouldBe([target]);
        changes.NewTargets.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            t => t.DistrictId.ShouldBe(1), t => t.Year.ShouldBe(ThisYear), t => t.Measure.ShouldBe(IndicatorMeasure.HouseholdsOnAid), t => t.Value.ShouldBe(80));
        changes.NewPopulations.ShouldHaveSingleItem().ShouldSatisfyAllConditions(p => p.DistrictId.ShouldBe(2), p => p.Adults.ShouldBe(12_000));
        changes.RemovedPopulations.ShouldBeEmpty();
        population.Adults.ShouldBe(40_000);
    }

    [Fact]
    public void Apply_ChangesASavedFigureInPlace()
    {
        var grid = Saved(out var population, out var target);

        var changes = grid.Apply([new(Adults, 41_500, 0), new(OnAid, 90, 0)], ThisYear);

        changes.Count.ShouldBe(2);
        (changes.NewTargets.Count + changes.NewPopulations.Count + changes.RemovedTargets.Count + changes.RemovedPopulations.Count).ShouldBe(0);
        population.Adults.ShouldBe(41_500);
        target.Value.ShouldBe(90);
    }

    [Fact]
    public void Apply_AValueTheRulesRefuse_Throws() =>
        Should.Throw<DomainException>(() => Saved(out _, out _).Apply([new(OnAid, -1, 0)], ThisYear)).Message.ShouldBe(IndicatorRuleCodes.TargetNegative);

    [Fact]
    public void ChangedMeanwhile_IsWhatWasSavedSinceTheFormWasLoaded_ToAnotherValueThanTyped()
    {
        var grid = Saved(out _, out _);
        TypedFigure[] typed = [new(Adults, 39_000, null), new(OnAid, 100, null), new(Households, 80, null), new(new GridFigure(2, null), 5, null)];

        grid.ChangedMeanwhile(typed).ShouldBe([typed[0]]);
    }

    [Fact]
    public void AFigure_ReportsTheRuleItsValueBreaks()
    {
        Adults.Problem(0).ShouldBe(IndicatorRuleCodes.PopulationNotPositive);
        Adults.Problem(12_000.5m).ShouldBe(IndicatorRuleCodes.PopulationNotWhole);
        OnAid.Problem(-1).ShouldBe(IndicatorRuleCodes.TargetNegative);
        OnAid.Problem(100).ShouldBeNull();
    }

    [Fact]
    public void AGrid_HoldsOneYear() =>
        Should.Throw<ArgumentException>(() => new TargetGrid(ThisYear + 1, [new DistrictPopulation(1, ThisYear, 40_000, ThisYear)], []));
}
