using System.Globalization;

namespace CaseWork.Infrastructure.Seeding;

/// <summary>Makes valid (Luhn-correct) personnummer for demo and benchmark data.</summary>
public static class TestPersonalIdentityNumbers
{
    /// <summary>Twelve digits for a birth date and a three-digit serial number.</summary>
    public static string Make(DateOnly birthDate, int serial)
    {
        var nine = birthDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + serial.ToString("D3", CultureInfo.InvariantCulture);
        return birthDate.ToString("yyyy", CultureInfo.InvariantCulture)[..2] + nine
            + PersonalIdentityNumber.CheckDigitFor(nine).ToString(CultureInfo.InvariantCulture);
    }
}
