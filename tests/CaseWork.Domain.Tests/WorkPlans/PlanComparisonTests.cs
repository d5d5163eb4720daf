using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.Tests.WorkPlans;

public class PlanComparisonTests
{
    [Fact]
    public void Compare_SameContent_IsEmpty() => PlanComparison.Compare(Plans.Content(), Plans.Content()).IsEmpty.ShouldBeTrue();

    [Fact]
    public void Compare_FindsChangedGoalAndDates()
    {
        var after = Plans.Content(goal: "Arbete som barnskötare på deltid") with { ValidTo = new DateOnly(2027, 5, 31) };

        var diff = PlanComparison.Compare(Plans.Content(), after);

        diff.Fields.Select(f => f.Field).ShouldBe([nameof(PlanContent.Goal), nameof(PlanContent.ValidTo)]);
        diff.Fields[1].Before.ShouldBe("2027-04-30");
        diff.Fields[1].After.ShouldBe("2027-05-31");
    }

    [Fact]
    public void Compare_AddedRemovedAndChangedSubgoalsAndActivities()
    {
        var added = new Subgoal(Guid.NewGuid(), "Praktik på förskola", "Fyra veckors praktik genomförd", new DateOnly(2027, 4, 1), SubgoalStatus.NotStarted, []);
        var changedSubgoal = Plans.Subgoal() with
        {
            Status = SubgoalStatus.Achieved,
            Activities = [new PlanActivity(Plans.ActivityId, "Delta i sfi fem dagar i veckan", ActivityOwner.Applicant, null, Plans.From)],
        };
        var before = Plans.Content();
        var after = before with { Subgoals = [changedSubgoal, added] };

        var diff = PlanComparison.Compare(before, after);

        diff.Subgoals.Count.ShouldBe(2);
        var changed = diff.Subgoals.Single(s => s.Kind == ChangeKind.Changed);
        changed.Fields.ShouldHaveSingleItem().Field.ShouldBe(nameof(Subgoal.Status));
        changed.Activities.ShouldHaveSingleItem().Kind.ShouldBe(ChangeKind.Changed);
        diff.Subgoals.Single(s => s.Kind == ChangeKind.Added).After!.What.ShouldBe("Praktik på förskola");

        var removed = PlanComparison.Compare(after, before);
        removed.Subgoals.Single(s => s.Kind == ChangeKind.Removed).Before!.What.ShouldBe("Praktik på förskola");
    }

    [Fact]
    public void Compare_RequirementsAndSupport_AddedAndRemoved()
    {
        var after = Plans.Content() with { Requirements = ["Delta på Jobbtorg varje dag"], Support = ["Praktikplats via Jobbtorg", "Studie- och yrkesvägledning"] };

        var diff = PlanComparison.Compare(Plans.Content(), after);

        diff.Requirements.ShouldBe([new TextChange(ChangeKind.Removed, "Söka minst sex arbeten i månaden"), new TextChange(ChangeKind.Added, "Delta på Jobbtorg varje dag")]);
        diff.Support.ShouldBe([new TextChange(ChangeKind.Added, "Studie- och yrkesvägledning")]);
    }
}
