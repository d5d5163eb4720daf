using CaseWork.Infrastructure.Seeding;

namespace CaseWork.Web.Tests.Infrastructure;

/// <summary>Distinct valid personnummer for test data, born 1990 on, so they never meet the demo or benchmark ones' serials.</summary>
public static class TestPins
{
    private static int _next;

    public static string Next()
    {
        var n = Interlocked.Increment(ref _next);
        var digits = TestPersonalIdentityNumbers.Make(new DateOnly(1990, 1, 1).AddDays(n), 42);
        return $"{digits[..8]}-{digits[8..]}";
    }

    /// <summary>The same number with its last digit changed: a wrong check digit.</summary>
    public static string WithWrongCheckDigit(string pin)
    {
        ArgumentNullException.ThrowIfNull(pin);
        var last = pin[^1] - '0';
        return pin[..^1] + (char)('0' + (last + 1) % 10);
    }
}
