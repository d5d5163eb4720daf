using System.Text;
using CaseWork.Domain.Access;

namespace CaseWork.Domain.Tests.Access;

public class AuthenticatorCodeTests
{
    // RFC 6238 appendix B: the SHA-1 secret and times, with the last six of its eight digits.
    private static readonly byte[] RfcKey = Encoding.ASCII.GetBytes("12345678901234567890");

    [Theory]
    [InlineData(59L, "287082")]
    [InlineData(1111111109L, "081804")]
    [InlineData(1234567890L, "005924")]
    [InlineData(2000000000L, "279037")]
    public void For_GivesTheRfc6238TestVectors(long unixSeconds, string code) =>
        AuthenticatorCode.For(RfcKey, AuthenticatorCode.StepAt(DateTimeOffset.FromUnixTimeSeconds(unixSeconds))).ShouldBe(code);

    [Fact]
    public void KeyFromBase32_ReadsTheKeyAsAppsShowIt() =>
        AuthenticatorCode.KeyFromBase32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").ShouldBe(RfcKey);

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public void AcceptedStep_OneStepEitherSide(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var step = AuthenticatorCode.StepAt(now) + offset;

        AuthenticatorCode.AcceptedStep(RfcKey, AuthenticatorCode.For(RfcKey, step), now, lastUsedStep: null).ShouldBe(step);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public void AcceptedStep_NotTwoStepsAway(int offset)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);

        AuthenticatorCode.AcceptedStep(RfcKey, AuthenticatorCode.For(RfcKey, AuthenticatorCode.StepAt(now) + offset), now, null).ShouldBeNull();
    }

    [Fact]
    public void AcceptedStep_NotAStepUsedBefore_NorAnEarlierOne()
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_800_000_015);
        var current = AuthenticatorCode.StepAt(now);

        AuthenticatorCode.AcceptedStep(RfcKey, AuthenticatorCode.For(RfcKey, current), now, lastUsedStep: current).ShouldBeNull();
        AuthenticatorCode.AcceptedStep(RfcKey, AuthenticatorCode.For(RfcKey, current - 1), now, lastUsedStep: current).ShouldBeNull();
        AuthenticatorCode.AcceptedStep(RfcKey, AuthenticatorCode.For(RfcKey, current + 1), now, lastUsedStep: current).ShouldBe(current + 1);
    }
}
