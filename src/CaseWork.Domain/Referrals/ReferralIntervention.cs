using CaseWork.Domain.Common;

namespace CaseWork.Domain.Referrals;

/// <summary>An intervention (insats) a participant takes part in at Jobbtorg, from the administrator's catalogue.</summary>
public class ReferralIntervention
{
    private ReferralIntervention()
    {
    }

    internal ReferralIntervention(Guid referralId, int interventionTypeId, DateOnly start)
    {
        Id = Guid.CreateVersion7();
        ReferralId = referralId;
        InterventionTypeId = interventionTypeId;
        StartOn = start;
    }

    public Guid Id { get; private set; }

    public Guid ReferralId { get; private set; }

    public int InterventionTypeId { get; private set; }

    public DateOnly StartOn { get; private set; }

    public DateOnly? EndOn { get; private set; }

    public InterventionOutcome? Outcome { get; private set; }

    public string? OutcomeNote { get; private set; }

    internal void Change(DateOnly start, DateOnly? end, InterventionOutcome? outcome, string? note)
    {
        if (end is { } e && e < start)
        {
            throw new DomainException(ReferralRuleCodes.InterventionEndsBeforeStart);
        }

        StartOn = start;
        EndOn = end;
        Outcome = outcome;
        OutcomeNote = note;
    }
}
