namespace CaseWork.Infrastructure.Referrals;

/// <summary>
/// A queued Resurs referral's place in its district's queue: 1 + the queued referrals of the district with an
/// earlier QueuedAt. Read from a view over the whole district, so a unit's page shows the true position even
/// though the unit cannot see the other units' referrals.
/// </summary>
public sealed class ResursQueuePosition
{
    public const string ViewName = "resurs_queue_positions";

    public Guid ReferralId { get; private set; }

    public int Position { get; private set; }
}
