namespace CaseWork.Infrastructure.Seeding;

/// <summary>The intervention catalogue every installation starts with; the administrator keeps it from there.</summary>
public static class JobbtorgCatalogue
{
    public static IReadOnlyList<(string Name, InterventionCategory Category)> DefaultInterventions { get; } =
    [
        ("Jobbcoach", InterventionCategory.Coach),
        ("Matchning mot arbetsgivare", InterventionCategory.Matcher),
        ("Studie- och yrkesvägledning", InterventionCategory.StudyAndCareerGuidance),
        ("Praktik", InterventionCategory.Internship),
        ("Arbetsträning", InterventionCategory.WorkTraining),
        ("Arbetsförmågebedömning", InterventionCategory.WorkCapacityAssessment),
        ("Extern leverantör", InterventionCategory.ExternalProvider),
        ("Projekt FAMU", InterventionCategory.Project),
    ];

    public static async Task EnsureAsync(CaseWorkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.InterventionTypes.AnyAsync(cancellationToken))
        {
            return;
        }

        db.InterventionTypes.AddRange(DefaultInterventions.Select(i => new InterventionType(i.Name, i.Category)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
