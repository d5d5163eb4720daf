namespace CaseWork.Domain.Referrals;

/// <summary>
/// What a Jobbtorg coach may see of a participant beyond the referral itself. The one place that decides it: pages and
/// queries ask here before they read the applicant's case data. Consent opens the case file only while the referral is
/// open; once it is closed (for any reason, sent back included) the coach keeps the referral's own record, what they
/// recorded themselves, and nothing of the case file.
/// </summary>
public static class CoachSees
{
    /// <summary>Anything of the case file at all: only while the referral is open.</summary>
    public static bool CaseFile(DateOnly? referralClosedOn) => referralClosedOn is null;

    /// <summary>
    /// What the social worker wrote in the referral (the reason, work capacity, languages, what the plan wants from
    /// Jobbtorg): taken from the case file to make the enrolment work, so it is case file too and ends with the referral.
    /// The coach keeps the referral's dates and what they recorded themselves.
    /// </summary>
    public static bool ReferralText(DateOnly? referralClosedOn) => CaseFile(referralClosedOn);

    /// <summary>Phone, e-mail and address; never for an applicant with protected identity (skyddad identitet), never after closure.</summary>
    public static bool Contact(bool hasProtectedIdentity, DateOnly? referralClosedOn) => CaseFile(referralClosedOn) && !hasProtectedIdentity;

    /// <summary>The active work plan's goal, subgoals and requirements.</summary>
    public static bool WorkPlan(ReferralConsent consent, DateOnly? referralClosedOn) => Allows(consent, ConsentScope.WorkPlan, referralClosedOn);

    /// <summary>The latest signed basic investigation.</summary>
    public static bool Investigation(ReferralConsent consent, DateOnly? referralClosedOn) => Allows(consent, ConsentScope.Investigation, referralClosedOn);

    /// <summary>The applicant's journal notes.</summary>
    public static bool Journal(ReferralConsent consent, DateOnly? referralClosedOn) => Allows(consent, ConsentScope.Journal, referralClosedOn);

    /// <summary>Whether something dated <paramref name="on"/> may be shown: nothing dated after the closure, ever.</summary>
    public static bool Dated(DateOnly on, DateOnly? referralClosedOn) => referralClosedOn is not { } closed || on <= closed;

    private static bool Allows(ReferralConsent consent, ConsentScope part, DateOnly? referralClosedOn)
    {
        ArgumentNullException.ThrowIfNull(consent);
        return CaseFile(referralClosedOn) && consent.Allows(part);
    }
}
