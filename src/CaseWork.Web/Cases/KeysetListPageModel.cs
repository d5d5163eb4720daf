namespace CaseWork.Web.Cases;

/// <summary>A list page paged by keyset cursors both ways: where it starts, its rows, and the pages beside it.</summary>
public abstract class KeysetListPageModel<TRow> : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? After { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Before { get; set; }

    public IReadOnlyList<TRow> Rows { get; private set; } = [];

    public string? NextCursor { get; private set; }

    public string? PreviousCursor { get; private set; }

    protected void Show(KeysetPage<TRow> page)
    {
        ArgumentNullException.ThrowIfNull(page);
        (Rows, NextCursor, PreviousCursor) = (page.Rows, page.NextCursor, page.PreviousCursor);
    }
}
