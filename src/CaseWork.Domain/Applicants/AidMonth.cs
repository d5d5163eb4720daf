namespace CaseWork.Domain.Applicants;

/// <summary>One month's decision on financial aid for an applicant. <see cref="Month"/> is the first day of the month.</summary>
public class AidMonth
{
    private AidMonth()
    {
    }

    internal AidMonth(Guid applicantId, DateOnly month, AidDecision decision)
    {
        ApplicantId = applicantId;
        Month = month;
        Decision = decision;
    }

    public long Id { get; private set; }

    public Guid ApplicantId { get; private set; }

    public DateOnly Month { get; private set; }

    public AidDecision Decision { get; private set; }

    /// <summary>Aid was paid this month: granted in full or reduced.</summary>
    public bool AidPaid => LongTermAidRule.CountsAsAid(Decision);

    internal void Change(AidDecision decision) => Decision = decision;
}
