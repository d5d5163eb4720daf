namespace CaseWork.Infrastructure.Seeding;

/// <summary>
/// Targets and adult populations for every demo district, this year and last. Sized for the demo caseload of about
/// 2,000 applicants, so that a dashboard shows some targets met and some missed. Adds only what is missing.
/// </summary>
public sealed class IndicatorTargetDemoSeeder(CaseWorkDbContext db, TimeProvider clock)
{
    private static readonly Dictionary<string, DemoFigures> Figures = new Dictionary<string, DemoFigures>
    {
        // Spånga-Tensta's 66 % for indicator 2 is the target of the 2009 tertial report.
        [DemoOrganisation.SpangaTensta] = new(28_900, [1.2m, 66m, 55m, 240m, 550m, 720m, 90m, 90m, 95m]),
        [DemoOrganisation.HagerstenLiljeholmen] = new(58_400, [0.5m, 50m, 60m, 200m, 400m, 520m, 90m, 90m, 95m]),
        ["Skärholmen"] = new(26_300, [0.8m, 60m, 55m, 220m, 220m, 290m, 85m, 90m, 95m]),
        ["Rinkeby-Kista"] = new(37_800, [0.6m, 62m, 50m, 240m, 220m, 290m, 85m, 85m, 90m]),
        ["Älvsjö"] = new(25_600, [0.9m, 45m, 60m, 180m, 200m, 260m, 90m, 90m, 95m]),
    };

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var thisYear = clock.GetLocalNow().Year;
        var districts = await db.Districts.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
        var years = new[] { thisYear - 1, thisYear };
        var targets = (await db.IndicatorTargets.AsNoTracking().Where(t => years.Contains(t.Year))
            .Select(t => new { t.DistrictId, t.Year, t.Measure }).ToListAsync(cancellationToken))
            .Select(t => (t.DistrictId, t.Year, t.Measure)).ToHashSet();
        var populations = (await db.DistrictPopulations.AsNoTracking().Where(p => years.Contains(p.Year))
            .Select(p => new { p.DistrictId, p.Year }).ToListAsync(cancellationToken))
            .Select(p => (p.DistrictId, p.Year)).ToHashSet();

        foreach (var (districtId, name) in districts)
        {
            if (!Figures.TryGetValue(name, out var figures))
            {
                continue;
            }

            foreach (var year in years)
            {
                var lastYear = year < thisYear;
                if (!populations.Contains((districtId, year)))
                {
                    // The population grows a little each year.
                    db.DistrictPopulations.Add(new DistrictPopulation(districtId, year, lastYear ? figures.Adults * 99 / 100 : figures.Adults, thisYear));
                }

                foreach (var (measure, value) in IndicatorMeasures.All.Zip(figures.Targets))
                {
                    if (!targets.Contains((districtId, year, measure)))
                    {
                        db.IndicatorTargets.Add(new IndicatorTarget(districtId, year, measure, value, thisYear));
                    }
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The adults of this year and one target per measure, in the order of <see cref="IndicatorMeasures.All"/>.</summary>
    private sealed record DemoFigures(int Adults, decimal[] Targets);
}
