using CaseWork.Domain.Common;

namespace CaseWork.Domain.Referrals;

/// <summary>The applicant's consent to share information with Jobbtorg: given or refused, when, and what it covers.</summary>
public sealed record ReferralConsent(bool Given, DateOnly RecordedOn, ConsentScope Scope)
{
    public static ReferralConsent Refused(DateOnly recordedOn) => new(false, recordedOn, ConsentScope.None);

    /// <summary>True when the coach may see this part of the case.</summary>
    public bool Allows(ConsentScope part) => Given && Scope.HasFlag(part) && part != ConsentScope.None;

    internal void EnsureValid(DateOnly today)
    {
        if (RecordedOn > today)
        {
            throw new DomainException(ReferralRuleCodes.DateInFuture);
        }

        if (!Given && Scope != ConsentScope.None)
        {
            throw new DomainException(ReferralRuleCodes.ConsentScopeWithRefusal);
        }
    }
}
