namespace CaseWork.Infrastructure.Auditing;

/// <summary>
/// The purpose of this request's reads of case files, as decided for each applicant before the page ran
/// (<see cref="ReadRule"/>). <see cref="AuditLog"/> writes it into every entry naming that applicant.
/// </summary>
public sealed class ReadPurposes
{
    private readonly Dictionary<Guid, ReadDecision> _decisions = [];

    public void Set(Guid applicantId, ReadDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (decision.NeedsReason)
        {
            throw new ArgumentException("A read that needs a reason has no purpose yet.", nameof(decision));
        }

        _decisions[applicantId] = decision;
    }

    /// <summary>Every read of the applicant in this request is part of a task (a review, a due-list action).</summary>
    public void Set(Guid applicantId, ReadPurpose purpose) => Set(applicantId, new ReadDecision(purpose, null));

    public ReadDecision? For(Guid? applicantId) => applicantId is { } id && _decisions.TryGetValue(id, out var decision) ? decision : null;
}
