namespace CaseWork.Domain.People;

public enum PersonalIdentityNumberError
{
    None,
    Empty,
    Format,
    InvalidDate,
    CheckDigit,
    FutureBirth,

    /// <summary>The birth number (digits 7–9 of ten) is 000, which is never issued.</summary>
    BirthNumber,
}
