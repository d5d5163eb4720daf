namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Old files in Spånga-Tensta for the Gallring page: three due for deletion (one long past its deadline, one due
/// only days ago) and one kept for research (born on the 15th). Run last, so no other demo seeder adds to them.
/// </summary>
public sealed class RetentionDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    /// <summary>Born before the other demo applicants (1958 on), so their numbers never meet.</summary>
    public static IReadOnlyList<OldFile> Files { get; } =
    [
        new("Birgitta", "Lundgren", new DateOnly(1953, 4, 8), YearsAgo: 7, ExtraDays: 40),
        new("Kent", "Åberg", new DateOnly(1955, 11, 21), YearsAgo: 6, ExtraDays: 95),
        new("Majvor", "Sandström", new DateOnly(1951, 2, 3), YearsAgo: 5, ExtraDays: 12),
        new("Ingvar", "Holmberg", new DateOnly(1950, 9, 15), YearsAgo: 8, ExtraDays: 0),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var unit = await db.Units.AsNoTracking()
            .Where(u => db.Districts.Any(d => d.Id == u.DistrictId && d.Name == DemoOrganisation.SpangaTensta))
            .Select(u => new { u.Id, u.DistrictId }).SingleOrDefaultAsync(cancellationToken);
        var worker = await db.Users.AsNoTracking().Where(u => u.UserName == "socialsekreterare.st").Select(u => u.Id).SingleOrDefaultAsync(cancellationToken);
        if (unit is null || worker is null)
        {
            return;
        }

        foreach (var (file, serial) in Files.Select((f, i) => (f, 300 + i)))
        {
            var lastEntry = today.AddYears(-file.YearsAgo).AddDays(-file.ExtraDays);
            var registered = lastEntry.AddMonths(-14);
            var applicant = Applicant.Register(
                PersonalIdentityNumber.FromStored(TestPersonalIdentityNumbers.Make(file.BirthDate, serial)),
                new ApplicantDetails(file.FirstName, file.LastName, null, null, "Spångavägen 12", "163 71", "Spånga", HouseholdType.SingleAdult, 0, AidReason.Unemployment, false),
                unit.DistrictId,
                unit.Id,
                worker,
                At(registered));
            for (var month = registered; month <= lastEntry.AddMonths(-2); month = month.AddMonths(1))
            {
                applicant.RecordAidMonth(month.Year, month.Month, AidDecision.Granted, month);
            }

            db.Applicants.Add(applicant);
            var note = JournalNote.Write(applicant.Id, worker, JournalNoteKind.General, lastEntry,
                "Ärendet avslutas: den sökande har fått arbete och behöver inte längre bistånd.", At(lastEntry), lastEntry);
            note.Sign(At(lastEntry));
            db.JournalNotes.Add(note);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);

    public sealed record OldFile(string FirstName, string LastName, DateOnly BirthDate, int YearsAgo, int ExtraDays);
}
