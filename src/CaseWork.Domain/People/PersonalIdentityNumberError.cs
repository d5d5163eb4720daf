namespace CaseWork.Domain.People;

public enum PersonalIdentityNumberError
{
    None,
    Empty,
    Format,
    InvalidDate,
    CheckDigit,
    FutureBirth,
}
