using CaseWork.Web.Startup;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Pages.Account;

/// <summary>
/// The signed-in user's own sessions (where, since when, last active) and a way to end the others: a session they do
/// not recognise, or one left open on another computer. Only the user's own sessions are read and ended.
/// </summary>
[Authorize(Policy = Policies.SignedIn)]
public class SessionsModel(ServerSessionStore sessions, IOptions<ServerSessionOptions> options, IStringLocalizer<SharedResource> localizer) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public ServerSessionOptions Limits => options.Value;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var current = CurrentKey;
        Rows = (await sessions.LiveSessionsOfAsync(UserId, cancellationToken))
            .Select(s => new Row(ServerSessionStore.PublicId(s.Key), s.Where, s.CreatedAt.InSweden(), s.LastSeenAt.InSweden(), s.Key == current))
            .OrderByDescending(r => r.IsCurrent)
            .ToList();
    }

    /// <summary>Ends one other session, named by its public id in the route; someone else's id is not found.</summary>
    public async Task<IActionResult> OnPostEndAsync([FromRoute] string? id, CancellationToken cancellationToken)
    {
        var current = CurrentKey;
        var ended = id is null ? 0 : await sessions.EndSessionsAsync(UserId, key => key != current && ServerSessionStore.PublicId(key) == id, cancellationToken);
        if (ended == 0)
        {
            return NotFound();
        }

        return this.WithStatusMessage(localizer["The session has been ended."], RedirectToPage(new { id = (string?)null }));
    }

    public async Task<IActionResult> OnPostEndOthersAsync(CancellationToken cancellationToken)
    {
        var current = CurrentKey;
        var ended = await sessions.EndSessionsAsync(UserId, key => key != current, cancellationToken);
        return this.WithStatusMessage(localizer["Other sessions ended: {0}.", ended], RedirectToPage(new { id = (string?)null }));
    }

    private string UserId => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    private string? CurrentKey => HttpContext.Items[ServerSessionStore.SessionKeyItem] as string;

    public sealed record Row(string Id, string Where, DateTimeOffset Started, DateTimeOffset LastSeen, bool IsCurrent);
}
