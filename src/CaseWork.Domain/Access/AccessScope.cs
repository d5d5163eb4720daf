namespace CaseWork.Domain.Access;

/// <summary>
/// Which applicants a user may see and whether they may change them. Decided from the role and the user's
/// place in the organisation; the persistence layer applies it to every query of case data.
/// </summary>
/// <param name="CanWritePlans">Work plans and investigations are written by the unit's social workers; unit heads read them.</param>
public sealed record AccessScope(int? UnitId, int? DistrictId, bool CanWriteCases, bool CanWritePlans = false)
{
    /// <summary>Sees no case file at all: administrators, coaches (until referrals give them theirs), anonymous.</summary>
    public static AccessScope None { get; } = new(null, null, false);

    public bool SeesCases => UnitId is not null || DistrictId is not null;

    /// <summary>A Jobbtorg coach's office: they see its participants' referrals and what consent allows, no case file.</summary>
    public int? JobCentreId { get; init; }

    public bool IsCoach => JobCentreId is not null;

    public static AccessScope For(IEnumerable<string> roles, int? unitId, int? districtId, int? jobCentreId = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var set = roles.ToHashSet(StringComparer.Ordinal);
        if ((set.Contains(Roles.SocialWorker) || set.Contains(Roles.UnitHead)) && unitId is not null)
        {
            return new AccessScope(unitId, null, CanWriteCases: true, CanWritePlans: set.Contains(Roles.SocialWorker));
        }

        if (set.Contains(Roles.Manager) && districtId is not null)
        {
            return new AccessScope(null, districtId, CanWriteCases: false);
        }

        if (set.Contains(Roles.JobbtorgCoach) && jobCentreId is not null)
        {
            return new AccessScope(null, null, CanWriteCases: false) { JobCentreId = jobCentreId };
        }

        return None;
    }
}
