namespace CaseWork.Domain.Applicants;

/// <summary>The month's decision on the application for financial aid.</summary>
public enum AidDecision
{
    Granted,
    Reduced,
    Refused,
}
