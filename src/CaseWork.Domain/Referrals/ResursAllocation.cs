namespace CaseWork.Domain.Referrals;

/// <summary>
/// Hands out one district's Jobbtorg Resurs places: a new referral takes a free place unless others are already
/// waiting; when places free up, the queue is served first come, first served. The caller holds the district's
/// lock so that two referrals never take the same last place.
/// </summary>
public sealed class ResursAllocation
{
    private readonly int _places;
    private readonly List<Referral> _open;

    /// <param name="openReferrals">The district's Resurs referrals that are not closed (holding a place or queued).</param>
    public ResursAllocation(int places, IEnumerable<Referral> openReferrals)
    {
        _places = places;
        _open = openReferrals.Where(r => r.Program == ReferralProgram.Resurs && !r.IsClosed).ToList();
    }

    public int Occupied => _open.Count(r => r.HoldsPlace);

    public int Free => Math.Max(0, _places - Occupied);

    public int QueueLength => _open.Count(r => r.IsQueued);

    /// <summary>Gives a new referral a place when one is free and nobody waits; otherwise it joins the queue.</summary>
    public bool Admit(Referral referral, DateTimeOffset now, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(referral);
        var waiting = _open.Count(r => r.IsQueued && r.Id != referral.Id);
        if (Free > waiting)
        {
            referral.GrantPlace(today, fromQueue: false);
        }
        else
        {
            referral.JoinQueue(now);
        }

        if (!_open.Contains(referral))
        {
            _open.Add(referral);
        }

        return referral.HoldsPlace;
    }

    /// <summary>Gives free places to the longest-waiting referrals; returns those that got one.</summary>
    public IReadOnlyList<Referral> ServeQueue(DateOnly today)
    {
        var granted = new List<Referral>();
        foreach (var next in InQueueOrder(_open).Take(Free).ToList())
        {
            next.GrantPlace(today, fromQueue: true);
            granted.Add(next);
        }

        return granted;
    }

    public static IEnumerable<Referral> InQueueOrder(IEnumerable<Referral> referrals) =>
        referrals.Where(r => r.IsQueued).OrderBy(r => r.QueuedAt).ThenBy(r => r.Id);
}
