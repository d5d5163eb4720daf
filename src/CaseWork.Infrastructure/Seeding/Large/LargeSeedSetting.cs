namespace CaseWork.Infrastructure.Seeding.Large;

/// <summary>What the large seeder builds on: the organisation, its social workers, Jobbtorg and the catalogue.</summary>
internal sealed record LargeSeedSetting(
    IReadOnlyList<DistrictSetting> Districts,
    IReadOnlyDictionary<InterventionCategory, int> Interventions,
    DateOnly Today,
    DateTimeOffset Now)
{
    /// <summary>
    /// One place a case per free place in a social worker's caseload (about <see cref="LargeOrganisation.CasesPerWorker"/>
    /// less the cases they already have), shuffled: the n-th applicant of the load takes the n-th place.
    /// </summary>
    public IReadOnlyList<CasePlace> CasePlaces { get; private init; } = [];

    public const string NobodyId = "system";

    /// <summary>The first day of the twelve months of aid the set holds; the last is the current month.</summary>
    public DateOnly FirstMonth => new DateOnly(Today.Year, Today.Month, 1).AddMonths(-11);

    /// <summary>A moment on a day, never later than now (today's work has not all happened yet).</summary>
    public DateTimeOffset At(DateOnly day, int hour, int minute = 0)
    {
        var moment = new DateTimeOffset(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.Zero);
        return moment < Now ? moment : Now;
    }

    public static async Task<LargeSeedSetting> LoadAsync(CaseWorkDbContext db, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.AsNoTracking().OrderBy(d => d.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync(cancellationToken);
        var socialWorkers = await db.Users.AsNoTracking()
            .Where(u => u.UnitId != null && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.SocialWorker)))
            .OrderBy(u => u.UserName)
            .Select(u => new { u.Id, u.UserName, u.UnitId })
            .ToListAsync(cancellationToken);
        var caseloads = await db.Applicants.IgnoreQueryFilters().Where(a => a.AssignedWorkerId != null)
            .GroupBy(a => a.AssignedWorkerId!).Select(g => new { Worker = g.Key, Cases = g.Count() })
            .ToDictionaryAsync(g => g.Worker, g => g.Cases, cancellationToken);
        var coaches = await db.Users.AsNoTracking().Where(u => u.JobCentreId != null)
            .OrderBy(u => u.UserName).Select(u => new { u.Id, u.JobCentreId }).ToListAsync(cancellationToken);
        var jobCentres = await db.JobCentres.AsNoTracking().OrderBy(c => c.Id).ToListAsync(cancellationToken);
        var places = await db.ResursPlaces.AsNoTracking().ToDictionaryAsync(p => p.DistrictId, p => p.Places, cancellationToken);
        var openResurs = await db.Referrals.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Program == ReferralProgram.Resurs && r.ClosedOn == null)
            .GroupBy(r => r.DistrictId)
            .Select(g => new { DistrictId = g.Key, Holding = g.Count(r => r.PlaceGrantedOn != null), Queued = g.Count(r => r.PlaceGrantedOn == null) })
            .ToDictionaryAsync(g => g.DistrictId, cancellationToken);
        var interventions = await db.InterventionTypes.AsNoTracking().Where(t => t.IsActive).ToListAsync(cancellationToken);
        if (units.Count == 0 || jobCentres.Count == 0)
        {
            throw new InvalidOperationException("Seed the organisation first (start the app once in Development).");
        }

        var settings = new List<DistrictSetting>();
        foreach (var district in districts)
        {
            var districtUnits = units.Where(u => u.DistrictId == district.Id)
                .Select(u => new UnitSetting(u.Id, socialWorkers.Where(w => w.UnitId == u.Id).Select(w => new Worker(w.Id, w.UserName!)).ToList()))
                .ToList();
            if (districtUnits.Count == 0)
            {
                continue;
            }

            var centreName = DemoOrganisation.JobCentreFor(LargeOrganisation.FamilyOf(district.Name));
            var centre = jobCentres.FirstOrDefault(c => c.Name == centreName) ?? jobCentres[0];
            openResurs.TryGetValue(district.Id, out var open);
            settings.Add(new DistrictSetting(
                district.Id,
                district.Name,
                districtUnits,
                centre.Id,
                coaches.FirstOrDefault(c => c.JobCentreId == centre.Id)?.Id ?? NobodyId,
                DistrictProfile.For(LargeOrganisation.FamilyOf(district.Name)),
                new ResursState(places.GetValueOrDefault(district.Id), open?.Holding ?? 0, open?.Queued ?? 0)));
        }

        return new LargeSeedSetting(
            settings,
            interventions.GroupBy(t => t.Category).ToDictionary(g => g.Key, g => g.Min(t => t.Id)),
            today,
            now)
        {
            CasePlaces = PlacesIn(settings, worker => caseloads.GetValueOrDefault(worker.Id)),
        };
    }

    /// <summary>Caseloads of 58 to 82 (the same for the same staff), less what each social worker already has.</summary>
    private static List<CasePlace> PlacesIn(List<DistrictSetting> districts, Func<Worker, int> cases)
    {
        var random = new SeedRandom(70);
        var places = new List<CasePlace>();
        var everyWorker = new List<CasePlace>();
        foreach (var district in districts)
        {
            foreach (var unit in district.Units)
            {
                foreach (var worker in unit.Workers)
                {
                    var free = LargeOrganisation.CasesPerWorker + random.Between(-12, 12) - cases(worker);
                    places.AddRange(Enumerable.Repeat(new CasePlace(district, unit, worker), Math.Max(0, free)));
                    everyWorker.Add(new CasePlace(district, unit, worker));
                }

                if (unit.Workers.Count == 0)
                {
                    everyWorker.Add(new CasePlace(district, unit, null));
                }
            }
        }

        // Every caseload full already (a load on top of a full one): the applicants are shared out evenly.
        var shuffled = places.Count == 0 ? everyWorker : places;
        for (var i = shuffled.Count - 1; i > 0; i--)
        {
            var j = random.Between(0, i);
            (shuffled[i], shuffled[j]) = (shuffled[j], shuffled[i]);
        }

        return shuffled;
    }
}

internal sealed record Worker(string Id, string UserName);

/// <summary>A place in a social worker's caseload (no worker: a unit without social workers).</summary>
internal sealed record CasePlace(DistrictSetting District, UnitSetting Unit, Worker? Worker);

internal sealed record UnitSetting(int Id, IReadOnlyList<Worker> Workers);

internal sealed record DistrictSetting(
    int Id, string Name, IReadOnlyList<UnitSetting> Units, int JobCentreId, string CoachId, DistrictProfile Profile, ResursState Resurs);

/// <summary>A district's Resurs places and how many referrals hold one or wait, kept as the seeder adds more.</summary>
internal sealed class ResursState(int places, int holding, int queued)
{
    public int Places { get; } = places;

    public int Holding { get; set; } = holding;

    public int Queued { get; set; } = queued;
}
