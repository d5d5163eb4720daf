namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Work plans for the demo applicants on aid, as a unit part-way through the audit's recommendations would have them:
/// most individual with subgoals, some generic, some without subgoals, some expired, some missing; a few revised.
/// </summary>
public sealed class PlanDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    private static readonly (string Goal, string Subgoal)[] IndividualGoals =
    [
        ("Arbete som undersköterska inom hemtjänsten i Spånga, efter avslutad vårdutbildning", "Slutföra vårdutbildningens första termin"),
        ("Anställning som lagerarbetare i Järfälla inom ett år, efter truckkort", "Ta truckkort A och B"),
        ("Arbete inom restaurang i Kista på minst halvtid efter praktik", "Praktik fyra veckor på restaurang"),
        ("Studier på Komvux till barnskötare med studiemedel från hösten", "Klara SFI D under våren"),
        ("Deltidsarbete som städare med stöd av arbetsträning, utökat till heltid", "Arbetsträning tre dagar i veckan"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = clock.Today();
        var lastMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var onAid = await db.Applicants.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.AssignedWorkerId != null && a.AidMonths.Any(m => m.Month >= lastMonth))
            .Where(a => !db.WorkPlans.IgnoreQueryFilters().Any(p => p.ApplicantId == a.Id))
            .OrderBy(a => a.Id)
            // A version is saved in the user name of who saved it, as the editor does (the history shows their name).
            .Select(a => new { a.Id, Worker = db.Users.Where(u => u.Id == a.AssignedWorkerId).Select(u => u.UserName!).First() })
            .ToListAsync(cancellationToken);
        foreach (var (applicant, index) in onAid.Select((a, i) => (a, i)))
        {
            var kind = index % 20;
            if (kind >= 17)
            {
                continue; // no plan
            }

            var agreedDaysAgo = 20 + (index * 37 % 220);
            var agreedOn = today.AddDays(-agreedDaysAgo);
            var (goal, subgoal) = IndividualGoals[index % IndividualGoals.Length];
            var content = new PlanContent(
                agreedOn,
                agreedOn.AddMonths(6),
                agreedOn.AddMonths(2),
                kind is 11 or 12 or 13 ? "Bli självförsörjande" : goal,
                kind is 14 or 15 ? [] : [new Subgoal(Guid.NewGuid(), subgoal, "Intyg eller betyg", agreedOn.AddMonths(3), SubgoalStatus.InProgress, [])],
                ["Delta på Jobbtorg fyra dagar i veckan", "Söka minst tio arbeten i månaden"],
                ["Coach på Jobbtorg", "Samtal med socialsekreteraren varje månad"]);
            var agreedAt = now.AddDays(-agreedDaysAgo);
            var plan = WorkPlan.StartDraft(applicant.Id, content, agreedAt.AddDays(-2));
            plan.Activate(new PlanAgreementInput(agreedOn, AgreementMethod.InMeeting, true, null), applicant.Worker, agreedAt);
            if (kind == 16 && agreedDaysAgo > 60)
            {
                plan.Revise(content with { ValidTo = today.AddMonths(4), Goal = goal }, "Målet gjordes individuellt vid uppföljningen.", applicant.Worker, now.AddDays(-30));
            }

            db.WorkPlans.Add(plan);
            await db.SaveAndClearEveryAsync(index, 200, cancellationToken);
        }

        await db.SaveAndClearAsync(cancellationToken);
    }
}
