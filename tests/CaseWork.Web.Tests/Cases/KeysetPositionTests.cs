using CaseWork.Web.Cases;

namespace CaseWork.Web.Tests.Cases;

public class KeysetPositionTests
{
    private static string? Decode(string? value) => value is { Length: > 0 } && value.StartsWith('c') ? value : null;

    [Fact]
    public void AStart_WinsOverAnEnd_AndIsTravelForward()
    {
        var position = KeysetPosition.Read("c1", "c9", Decode);

        position.After.ShouldBe("c1");
        position.Before.ShouldBeNull();
        position.CameForward.ShouldBeTrue();
        position.MovingBack.ShouldBeFalse();
    }

    [Fact]
    public void AStartThatDoesNotDecode_LeavesTheEnd()
    {
        var position = KeysetPosition.Read("tampered", "c9", Decode);

        position.After.ShouldBeNull();
        position.Before.ShouldBe("c9");
        position.MovingBack.ShouldBeTrue();
    }

    [Theory]
    [InlineData(null, null, 7, 10, 1)]
    [InlineData("c1", null, 7, 10, 7)]
    [InlineData("c1", null, 0, 10, 1)]
    [InlineData("c1", null, -3, 10, 1)]
    [InlineData(null, "c9", 99, 10, 10)]
    [InlineData("c1", null, 5, 0, 1)]
    public void ThePageLabel_IsOneOnTheFirstPage_AndKeptWithinThePages(string? after, string? before, int requested, int pageCount, int shown) =>
        KeysetPosition.Read(after, before, Decode).PageLabel(requested, pageCount).ShouldBe(shown);
}
