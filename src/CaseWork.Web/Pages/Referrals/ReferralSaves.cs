using CaseWork.Infrastructure.Referrals;

namespace CaseWork.Web.Pages.Referrals;

public static class ReferralSaves
{
    /// <summary>
    /// Saves a change to a referral. A closed Resurs referral frees its district's place, which goes to the next in
    /// the queue under the district's lock; the answer is how many waiting referrals were granted a place.
    /// </summary>
    public static async Task<int> SaveReferralAsync(this ResursPlaceService places, CaseWorkDbContext db, Referral referral, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(referral);
        if (referral is { IsClosed: true, Program: ReferralProgram.Resurs })
        {
            return (await places.SaveAndServeQueueAsync(referral.DistrictId, cancellationToken)).Count;
        }

        await db.SaveChangesAsync(cancellationToken);
        return 0;
    }
}
