namespace CaseWork.Infrastructure.Referrals;

/// <summary>
/// Hands out a district's Jobbtorg Resurs places inside one transaction that holds the district's row lock, so
/// that two workers sending a referral for the last place at the same moment never both get it.
/// </summary>
public sealed class ResursPlaceService(CaseWorkDbContext db, TimeProvider clock)
{
    /// <summary>Saves a new Resurs referral with a place, or in the queue when none is free.</summary>
    public Task AdmitAsync(Referral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(referral);
        return InDistrictLockAsync(referral.DistrictId, allocation =>
        {
            allocation.Admit(referral, clock.GetUtcNow(), Today);
            db.Referrals.Add(referral);
            return [];
        }, cancellationToken);
    }

    /// <summary>
    /// Saves the pending changes (a closure, new places) and gives any free places to the queue; returns the
    /// referrals that got one.
    /// </summary>
    public Task<IReadOnlyList<Referral>> SaveAndServeQueueAsync(int districtId, CancellationToken cancellationToken) =>
        InDistrictLockAsync(districtId, allocation => allocation.ServeQueue(Today), cancellationToken);

    private DateOnly Today => clock.Today();

    private async Task<IReadOnlyList<Referral>> InDistrictLockAsync(int districtId, Func<ResursAllocation, IReadOnlyList<Referral>> allocate, CancellationToken cancellationToken)
    {
        // A retry after a save in the broken (rolled back) transaction would run without what it saved: the change
        // tracker takes it as saved. The user sends the form again instead, from the start (InSavingTransactionAsync).
        return await db.InSavingTransactionAsync(
            async (transaction, saveAsync) =>
            {
                // A district without a row has no places; the row is still needed as the lock everyone queues on.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO resurs_places (district_id, places) VALUES ({districtId}, 0) ON CONFLICT (district_id) DO NOTHING", cancellationToken);
                var places = await db.Database
                    .SqlQuery<int>($"SELECT places AS \"Value\" FROM resurs_places WHERE district_id = {districtId} FOR UPDATE")
                    .SingleAsync(cancellationToken);
                // Pending changes (a closure, a new number of places) count before the queue is served.
                await saveAsync();

                // The whole district's queue, across its units, whoever is asking.
                var open = await db.Referrals.IgnoreQueryFilters()
                    .Where(r => r.DistrictId == districtId && r.Program == ReferralProgram.Resurs && r.ClosedOn == null)
                    .ToListAsync(cancellationToken);
                var granted = allocate(new ResursAllocation(await CurrentPlacesAsync(districtId, places, cancellationToken), open));
                await saveAsync();
                await transaction.CommitAsync(cancellationToken);
                return granted;
            },
            cancellationToken);
    }

    /// <summary>The places as the pending changes left them (an administrator may have just changed them).</summary>
    private async Task<int> CurrentPlacesAsync(int districtId, int lockedPlaces, CancellationToken cancellationToken) =>
        await db.ResursPlaces.AsNoTracking().Where(p => p.DistrictId == districtId).Select(p => (int?)p.Places).SingleOrDefaultAsync(cancellationToken)
        ?? lockedPlaces;
}
