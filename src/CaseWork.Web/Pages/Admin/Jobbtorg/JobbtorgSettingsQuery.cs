namespace CaseWork.Web.Pages.Admin.Jobbtorg;

/// <summary>The reads of the administrator's Jobbtorg page.</summary>
public static class JobbtorgSettingsQuery
{
    /// <summary>Counts across the whole city: the administrator sees numbers of referrals, never their contents.</summary>
    public static async Task<JobbtorgSettings> LoadAsync(CaseWorkDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var offices = await db.JobCentres.AsNoTracking().OrderBy(c => c.Name)
            .Select(c => new JobbtorgSettings.Office(c.Id, c.Name)).ToListAsync(cancellationToken);
        var districts = await db.Districts.IgnoreQueryFilters().AsNoTracking().OrderBy(d => d.Name)
            .Select(d => new JobbtorgSettings.DistrictPlaces(
                d.Id,
                d.Name,
                db.ResursPlaces.Where(p => p.DistrictId == d.Id).Select(p => (int?)p.Places).FirstOrDefault() ?? 0,
                db.Referrals.Count(r => r.DistrictId == d.Id && r.Program == ReferralProgram.Resurs && r.ClosedOn == null && r.PlaceGrantedOn != null),
                db.Referrals.Count(r => r.DistrictId == d.Id && r.Program == ReferralProgram.Resurs && r.ClosedOn == null && r.PlaceGrantedOn == null)))
            .ToListAsync(cancellationToken);
        var interventions = await db.InterventionTypes.AsNoTracking().OrderBy(t => t.Category).ThenBy(t => t.Name)
            .Select(t => new JobbtorgSettings.Intervention(t.Id, t.Name, t.Category, t.IsActive)).ToListAsync(cancellationToken);
        return new JobbtorgSettings(offices, districts, interventions);
    }
}

/// <summary>What the administrator's Jobbtorg page shows: offices, Resurs places per district with use and queue, the catalogue.</summary>
public sealed record JobbtorgSettings(
    List<JobbtorgSettings.Office> Offices,
    List<JobbtorgSettings.DistrictPlaces> Districts,
    List<JobbtorgSettings.Intervention> Interventions)
{
    public int TotalPlaces => Districts.Sum(d => d.Places);

    public int TotalUsed => Districts.Sum(d => d.Used);

    public int TotalQueued => Districts.Sum(d => d.Queued);

    public sealed record Office(int Id, string Name);

    public sealed record DistrictPlaces(int Id, string Name, int Places, int Used, int Queued);

    public sealed record Intervention(int Id, string Name, InterventionCategory Category, bool IsActive);
}
