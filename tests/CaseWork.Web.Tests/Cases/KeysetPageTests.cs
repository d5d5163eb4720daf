using CaseWork.Web.Cases;

namespace CaseWork.Web.Tests.Cases;

public class KeysetPageTests
{
    private static string Cursor(int row) => $"c{row}";

    [Fact]
    public void FirstPage_WithMore_HasANextCursorAtItsLastRow_AndNoPrevious()
    {
        var page = KeysetPage.Of([1, 2, 3, 4], pageSize: 3, movingBack: false, cameForward: false, Cursor);

        page.Rows.ShouldBe([1, 2, 3]);
        page.NextCursor.ShouldBe("c3");
        page.PreviousCursor.ShouldBeNull();
    }

    [Fact]
    public void LastPage_ReachedGoingForward_HasAPreviousCursorAtItsFirstRow_AndNoNext()
    {
        var page = KeysetPage.Of([7, 8], pageSize: 3, movingBack: false, cameForward: true, Cursor);

        page.NextCursor.ShouldBeNull();
        page.PreviousCursor.ShouldBe("c7");
    }

    [Fact]
    public void PageReachedGoingBack_IsPutInOrder_AlwaysHasANext_AndAPreviousOnlyWhenThereIsMore()
    {
        var withMore = KeysetPage.Of([6, 5, 4, 3], pageSize: 3, movingBack: true, cameForward: false, Cursor);
        var atTheStart = KeysetPage.Of([2, 1], pageSize: 3, movingBack: true, cameForward: false, Cursor);

        withMore.Rows.ShouldBe([4, 5, 6]);
        withMore.NextCursor.ShouldBe("c6");
        withMore.PreviousCursor.ShouldBe("c4");
        atTheStart.Rows.ShouldBe([1, 2]);
        atTheStart.NextCursor.ShouldBe("c2");
        atTheStart.PreviousCursor.ShouldBeNull();
    }

    [Fact]
    public void NoRows_NoCursors()
    {
        var page = KeysetPage.Of(new List<int>(), pageSize: 3, movingBack: true, cameForward: true, Cursor);

        page.Rows.ShouldBeEmpty();
        page.NextCursor.ShouldBeNull();
        page.PreviousCursor.ShouldBeNull();
    }
}
