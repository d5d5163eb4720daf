namespace CaseWork.Web.Cases;

/// <summary>
/// Where a keyset-paged list is asked to start: after the row of one cursor (going forward) or before the row of
/// another (going back), read from the query's "after" and "before". A start wins over an end; neither is the first
/// page. A cursor that does not decode is as if absent.
/// </summary>
public sealed record KeysetPosition<TCursor>(TCursor? After, TCursor? Before)
    where TCursor : class
{
    public bool MovingBack => Before is not null;

    public bool CameForward => After is not null;

    public bool IsFirstPage => After is null && Before is null;

    /// <summary>The page number to show beside the rows: a label the link carried, kept within the list's pages; 1 on the first page.</summary>
    public int PageLabel(int requested, int pageCount) => IsFirstPage ? 1 : Math.Clamp(requested, 1, Math.Max(1, pageCount));
}

public static class KeysetPosition
{
    public static KeysetPosition<TCursor> Read<TCursor>(string? after, string? before, Func<string?, TCursor?> decode)
        where TCursor : class
    {
        ArgumentNullException.ThrowIfNull(decode);
        var start = decode(after);
        return new KeysetPosition<TCursor>(start, start is null ? decode(before) : null);
    }
}
