namespace CaseWork.Domain.Referrals;

/// <summary>
/// What a Jobbtorg coach may see of a participant beyond the referral itself. The one place that decides it: pages and
/// queries ask here before they read the applicant's case data.
/// </summary>
public static class CoachSees
{
    /// <summary>Phone, e-mail and address; never for an applicant with protected identity (skyddad identitet).</summary>
    public static bool Contact(bool hasProtectedIdentity) => !hasProtectedIdentity;

    /// <summary>The active work plan's goal, subgoals and requirements.</summary>
    public static bool WorkPlan(ReferralConsent consent) => Allows(consent, ConsentScope.WorkPlan);

    /// <summary>The latest signed basic investigation.</summary>
    public static bool Investigation(ReferralConsent consent) => Allows(consent, ConsentScope.Investigation);

    /// <summary>The applicant's journal notes.</summary>
    public static bool Journal(ReferralConsent consent) => Allows(consent, ConsentScope.Journal);

    private static bool Allows(ReferralConsent consent, ConsentScope part)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return consent.Allows(part);
    }
}
