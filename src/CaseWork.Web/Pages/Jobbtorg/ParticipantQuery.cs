namespace CaseWork.Web.Pages.Jobbtorg;

/// <summary>The participant page's own reads: the referral a coach changes, and the types of intervention.</summary>
public static class ParticipantQuery
{
    /// <summary>The referral with what its forms change, only when it is sent to the coach's Jobbtorg.</summary>
    public static Task<Referral?> ReferralToChangeAsync(this CaseWorkDbContext db, Guid referralId, CancellationToken cancellationToken)
    {
        var jobCentreId = db.CurrentUser.Scope.JobCentreId;
        return db.Referrals
            .Include(r => r.Attendance)
            .Include(r => r.Interventions)
            .SingleOrDefaultAsync(r => r.Id == referralId && jobCentreId != null && r.JobCentreId == jobCentreId, cancellationToken);
    }

    public static Task<List<SelectListItem>> InterventionTypeOptionsAsync(this CaseWorkDbContext db, string? selected, CancellationToken cancellationToken) =>
        db.InterventionTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString(CultureInfo.InvariantCulture), t.Id.ToString(CultureInfo.InvariantCulture) == selected))
            .ToListAsync(cancellationToken);

    public static Task<bool> IsActiveInterventionTypeAsync(this CaseWorkDbContext db, int typeId, CancellationToken cancellationToken) =>
        db.InterventionTypes.AnyAsync(t => t.Id == typeId && t.IsActive, cancellationToken);
}
