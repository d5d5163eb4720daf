namespace CaseWork.Domain.Applicants;

public enum HouseholdType
{
    SingleAdult,
    Couple,
}
