namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// A demo seeder adds thousands of rows through the domain: it saves every so many and lets go of what it saved,
/// so that the change tracker (and each save's detect-changes pass) stays small however many it adds.
/// </summary>
internal static class SeedBatches
{
    /// <summary>Saves and lets go after every <paramref name="size"/>th row (<paramref name="index"/> counts from 0).</summary>
    public static async Task SaveAndClearEveryAsync(this CaseWorkDbContext db, int index, int size, CancellationToken cancellationToken)
    {
        if (index % size == size - 1)
        {
            await db.SaveAndClearAsync(cancellationToken);
        }
    }

    /// <summary>Saves what was added and lets go of it.</summary>
    public static async Task SaveAndClearAsync(this CaseWorkDbContext db, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
