namespace CaseWork.Web.Validation;

/// <summary>What to tell the user when a personnummer they typed is not one.</summary>
public static class PersonalIdentityNumberMessages
{
    public static string For(PersonalIdentityNumberError error, IStringLocalizer l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return error switch
        {
            PersonalIdentityNumberError.Empty => l["Enter the personal identity number."],
            PersonalIdentityNumberError.InvalidDate => l["The personal identity number does not hold a real date."],
            PersonalIdentityNumberError.CheckDigit => l["The last digit (check digit) does not match: check the number for a typo."],
            PersonalIdentityNumberError.FutureBirth => l["The date of birth is in the future."],
            PersonalIdentityNumberError.BirthNumber => l["The birth number 000 is never issued: check the number."],
            _ => l["Write the personal identity number as YYYYMMDD-XXXX or YYMMDD-XXXX."],
        };
    }

    /// <summary>The rule of a personnummer field: one the register accepts, or the message that says what is wrong.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> IsPersonalIdentityNumber<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(l);
        ArgumentNullException.ThrowIfNull(clock);
        return rule.Custom((value, context) =>
        {
            var error = PersonalIdentityNumber.TryParse(value, clock.Today(), out _);
            if (error != PersonalIdentityNumberError.None)
            {
                context.AddFailure(For(error, l));
            }
        });
    }
}
