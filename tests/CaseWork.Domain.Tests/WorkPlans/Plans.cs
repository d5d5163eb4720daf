using CaseWork.Domain.WorkPlans;

namespace CaseWork.Domain.Tests.WorkPlans;

/// <summary>Plan content for tests: a six-month plan from 2026-11-01 with one subgoal and one activity.</summary>
internal static class Plans
{
    public static readonly DateOnly From = new(2026, 11, 1);
    public static readonly DateOnly To = new(2027, 4, 30);
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    public static readonly Guid SubgoalId = Guid.Parse("00000000-0000-0000-0000-000000000001");
    public static readonly Guid ActivityId = Guid.Parse("00000000-0000-0000-0000-000000000002");

    public static PlanAgreementInput Agreed => new(new DateOnly(2026, 11, 23), AgreementMethod.InMeeting, true, null);

    public static Subgoal Subgoal(DateOnly? target = null, string criterion = "Godkänt prov i svenska B1") => new(
        SubgoalId,
        "Klara sfi kurs D",
        criterion,
        target ?? new DateOnly(2027, 2, 28),
        SubgoalStatus.InProgress,
        [new PlanActivity(ActivityId, "Delta i sfi fyra dagar i veckan", ActivityOwner.Applicant, null, From)]);

    public static PlanContent Content(string goal = "Arbete som barnskötare i Tensta inom ett år, efter sfi och praktik") => new(
        From,
        To,
        new DateOnly(2027, 1, 15),
        goal,
        [Subgoal()],
        ["Söka minst sex arbeten i månaden"],
        ["Praktikplats via Jobbtorg"]);

    public static WorkPlan Active()
    {
        var plan = WorkPlan.StartDraft(Guid.NewGuid(), Content(), Now);
        plan.Activate(Agreed, "worker-1", Now);
        return plan;
    }
}
