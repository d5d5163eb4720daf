namespace CaseWork.Domain.Organisation;

public enum GroupKind
{
    Intake,
    Investigation,
    Payments,
    LabourMarket,
    Rehabilitation,
}
