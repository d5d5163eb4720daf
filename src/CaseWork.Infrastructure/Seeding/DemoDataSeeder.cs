using Bogus;
using Microsoft.AspNetCore.Identity;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>The demo organisation, the demo logins and applicants with Swedish names and valid test personnummer.</summary>
public sealed class DemoDataSeeder(CaseWorkDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new("socialsekreterare.st", "Sara Lindqvist", Roles.SocialWorker, DemoOrganisation.SpangaTensta),
        new("socialsekreterare.hl", "Johan Berg", Roles.SocialWorker, DemoOrganisation.HagerstenLiljeholmen),
        new("enhetschef.st", "Maria Ek", Roles.UnitHead, DemoOrganisation.SpangaTensta),
        new("chef", "Per Holm", Roles.Manager, DemoOrganisation.SpangaTensta),
        new("jobbcoach", "Ali Haddad", Roles.JobbtorgCoach, DemoOrganisation.SpangaTensta),
        new("jobbcoach.skh", "Lena Sjöberg", Roles.JobbtorgCoach, DemoOrganisation.HagerstenLiljeholmen),
        new("admin", "Eva Norberg", Roles.Administrator, null),
        new("loggkontroll", "Karin Åberg", Roles.LogChecker, DemoOrganisation.SpangaTensta),
    ];

    public async Task SeedAsync(int applicants, CancellationToken cancellationToken = default)
    {
        await SeedOrganisationAndLoginsAsync(cancellationToken);
        await SeedApplicantsAsync(applicants, seed: 20261123, cancellationToken);
        await new JobbtorgDemoSeeder(db, clock).SeedReferralsAsync(cancellationToken);
        await new PlanDemoSeeder(db, clock).SeedAsync(cancellationToken);
        await new FollowUpDemoSeeder(db, clock).SeedAsync(cancellationToken);
        await new IndicatorTargetDemoSeeder(db, clock).SeedAsync(cancellationToken);
        await new CaseReviewDemoSeeder(db, clock).SeedAsync(cancellationToken);
        await new RetentionDemoSeeder(db, clock).SeedAsync(cancellationToken);
        await new PhraseDemoSeeder(db, clock).SeedAsync(cancellationToken);
    }

    public async Task SeedOrganisationAndLoginsAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (name, _, _) in DemoOrganisation.Districts)
        {
            db.Districts.Add(new District(name));
        }

        await db.SaveChangesAsync(cancellationToken);
        var districts = await db.Districts.ToDictionaryAsync(d => d.Name, cancellationToken);
        foreach (var district in districts.Values)
        {
            db.Units.Add(new Unit(district.Id, DemoOrganisation.UnitName(district.Name)));
        }

        await db.SaveChangesAsync(cancellationToken);
        var units = await db.Units.ToListAsync(cancellationToken);
        foreach (var unit in units)
        {
            db.WorkGroups.AddRange(
                new WorkGroup(unit.Id, "Mottagning", GroupKind.Intake),
                new WorkGroup(unit.Id, "Utredning", GroupKind.Investigation),
                new WorkGroup(unit.Id, "Bidragsgrupp", GroupKind.Payments),
                new WorkGroup(unit.Id, "Arbetsmarknadsgruppen", GroupKind.LabourMarket),
                new WorkGroup(unit.Id, "Rehab", GroupKind.Rehabilitation));
        }

        await db.SaveChangesAsync(cancellationToken);
        var jobCentres = await new JobbtorgDemoSeeder(db, clock).SeedJobCentresAndPlacesAsync(cancellationToken);

        foreach (var login in Logins)
        {
            var district = login.District is null ? null : districts[login.District];
            var unit = district is null || !Roles.BelongsToUnit(login.Role) ? null : units.Single(u => u.DistrictId == district.Id);
            int? jobCentre = login.Role == Roles.JobbtorgCoach ? jobCentres[DemoOrganisation.JobCentreFor(login.District!)] : null;
            await CreateUserAsync(login.UserName, login.DisplayName, login.Role, login.Role == Roles.JobbtorgCoach ? null : district?.Id, unit?.Id, jobCentre);
        }

        // Colleagues, so that a unit's caseload is spread over several social workers.
        var faker = new Faker("sv");
        foreach (var (name, code, _) in DemoOrganisation.Districts)
        {
            var district = districts[name];
            var unit = units.Single(u => u.DistrictId == district.Id);
            for (var i = 1; i <= 2; i++)
            {
                await CreateUserAsync($"handlaggare{i}.{code}", faker.Name.FullName(), Roles.SocialWorker, district.Id, unit.Id);
            }
        }
    }

    public async Task SeedApplicantsAsync(int count, int seed, CancellationToken cancellationToken = default)
    {
        var today = clock.Today();
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var workers = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.SocialWorker)))
            .Select(u => new { u.Id, u.UnitId })
            .ToListAsync(cancellationToken);
        var districtPlaces = DemoOrganisation.Districts.ToDictionary(d => d.District, d => d.Places);
        var districtNames = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var taken = (await db.Applicants.IgnoreQueryFilters().Select(a => a.PersonalIdentityNumber).ToListAsync(cancellationToken)).ToHashSet();

        Randomizer.Seed = new Random(seed);
        var faker = new Faker("sv");
        for (var i = 0; i < count; i++)
        {
            // Spånga-Tensta and Hägersten-Liljeholmen carry the larger caseloads, as in the reports.
            var unit = faker.Random.WeightedRandom(units.ToArray(), units.Select(u => Weight(districtNames[u.DistrictId])).ToArray());
            var unitWorkers = workers.Where(w => w.UnitId == unit.Id).ToList();
            var pin = NewPin(faker, taken);
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var place = faker.PickRandom(districtPlaces[districtNames[unit.DistrictId]]);
            var details = new ApplicantDetails(
                first,
                last,
                faker.Random.Bool(0.7f) ? faker.Internet.Email(first, last, "example.se") : null,
                faker.Random.Bool(0.9f) ? $"07{faker.Random.Number(0, 9)}-{faker.Random.Number(100, 999)} {faker.Random.Number(10, 99)} {faker.Random.Number(10, 99)}" : null,
                faker.Address.StreetAddress(),
                $"1{faker.Random.Number(20, 69)} {faker.Random.Number(10, 99)}",
                place,
                faker.Random.Bool(0.3f) ? HouseholdType.Couple : HouseholdType.SingleAdult,
                faker.Random.WeightedRandom([0, 1, 2, 3, 4], [0.55f, 0.18f, 0.15f, 0.08f, 0.04f]),
                faker.Random.WeightedRandom(
                    [AidReason.Unemployment, AidReason.SickLeave, AidReason.SwedishForImmigrants, AidReason.SocialMedical, AidReason.RefugeeIntroduction, AidReason.Other],
                    [0.45f, 0.15f, 0.15f, 0.12f, 0.08f, 0.05f]),
                faker.Random.Bool(0.01f));
            var applicant = Applicant.Register(
                PersonalIdentityNumber.FromStored(pin),
                details,
                unit.DistrictId,
                unit.Id,
                unitWorkers.Count == 0 ? null : faker.PickRandom(unitWorkers).Id,
                clock.GetUtcNow().AddDays(-faker.Random.Number(30, 900)));
            AddAidHistory(applicant, faker, today);
            db.Applicants.Add(applicant);
            await db.SaveAndClearEveryAsync(i, 500, cancellationToken);
        }

        await db.SaveAndClearAsync(cancellationToken);
    }

    private static float Weight(string district) => district switch
    {
        DemoOrganisation.SpangaTensta => 0.35f,
        DemoOrganisation.HagerstenLiljeholmen => 0.25f,
        _ => 0.4f / 3,
    };

    private static string NewPin(Faker faker, HashSet<string> taken)
    {
        while (true)
        {
            var birth = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1958, 1, 1), new DateTime(2006, 12, 31)));
            // Serials 001-499 (000 is never issued): the large benchmark seeder uses 500-999, so the two never collide.
            var pin = TestPersonalIdentityNumbers.Make(birth, Math.Max(1, faker.Random.Number(0, 499)));
            if (taken.Add(pin))
            {
                return pin;
            }
        }
    }

    private static void AddAidHistory(Applicant applicant, Faker faker, DateOnly today)
    {
        var monthsOnAid = faker.Random.WeightedRandom([3, 8, 11, 14, 20], [0.2f, 0.2f, 0.15f, 0.25f, 0.2f]);
        for (var back = monthsOnAid - 1; back >= 0; back--)
        {
            var month = today.AddMonths(-back);
            var decision = faker.Random.WeightedRandom(
                [AidDecision.Granted, AidDecision.Reduced, AidDecision.Refused], [0.86f, 0.08f, 0.06f]);
            applicant.RecordAidMonth(month.Year, month.Month, decision, today);
        }
    }

    private async Task CreateUserAsync(string userName, string displayName, string role, int? districtId, int? unitId, int? jobCentreId = null)
    {
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = displayName,
            DistrictId = districtId,
            UnitId = unitId,
            JobCentreId = jobCentreId,
            LockoutEnabled = true,
        };
        var result = await users.CreateAsync(user, DemoOrganisation.DemoPassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo user {userName}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }

        await users.AddToRoleAsync(user, role);
        if (Roles.RequiresTwoFactor(role))
        {
            await EnableDemoAuthenticatorAsync(user);
        }
    }

    private async Task EnableDemoAuthenticatorAsync(AppUser user)
    {
        // Where UserStore keeps the key that GetAuthenticatorKeyAsync reads; UserManager offers only a random one.
        await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", DemoOrganisation.DemoAuthenticatorKey);
        await users.SetTwoFactorEnabledAsync(user, true);
    }
}

public sealed record DemoLogin(string UserName, string DisplayName, string Role, string? District);
