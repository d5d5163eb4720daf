namespace CaseWork.Web.Cases;

/// <summary>
/// One page of a keyset-paged list, from the rows read one deeper than a page in the direction of travel (forward
/// from "after", or back from "before", read in reverse order). The extra row says whether there is more that way;
/// a page reached going back always has a next page, and one reached going forward a previous one.
/// </summary>
public static class KeysetPage
{
    public static KeysetPage<T> Of<T, TCursor>(List<T> read, int pageSize, KeysetPosition<TCursor> position, Func<T, string> cursorOf)
        where TCursor : class
    {
        ArgumentNullException.ThrowIfNull(position);
        return Of(read, pageSize, position.MovingBack, position.CameForward, cursorOf);
    }

    public static KeysetPage<T> Of<T>(List<T> read, int pageSize, bool movingBack, bool cameForward, Func<T, string> cursorOf)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(cursorOf);
        var hasMore = read.Count > pageSize;
        var rows = read.Take(pageSize).ToList();
        if (movingBack)
        {
            rows.Reverse();
        }

        return rows.Count == 0
            ? new KeysetPage<T>(rows, null, null)
            : new KeysetPage<T>(
                rows,
                movingBack || hasMore ? cursorOf(rows[^1]) : null,
                (movingBack ? hasMore : cameForward) ? cursorOf(rows[0]) : null);
    }
}

public sealed record KeysetPage<T>(List<T> Rows, string? NextCursor, string? PreviousCursor)
{
    /// <summary>The same page with each row made into what the page shows; the cursors stay the rows' own.</summary>
    public KeysetPage<TShown> Select<TShown>(Func<T, TShown> shown) => new(Rows.Select(shown).ToList(), NextCursor, PreviousCursor);
}
