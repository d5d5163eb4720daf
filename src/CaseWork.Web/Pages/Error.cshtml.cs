using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;

namespace CaseWork.Web.Pages;

/// <summary>
/// The page every unhandled failure ends on: never the exception, only a reference to the log. When the database
/// could not be reached it says so (503), and a form that was being sent is offered again exactly as it was typed,
/// with its submission key, so sending it again saves it once (see Submissions/SubmissionKeyFilter).
/// </summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    public bool DatabaseUnavailable { get; private set; }

    /// <summary>The address that failed, to load again.</summary>
    public string RetryUrl { get; private set; } = "/";

    /// <summary>Where the failed form was sent, when it can be sent again.</summary>
    public string? ResendTo { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> ResendFields { get; private set; } = [];

    public void OnGet() => Describe(HttpContext.Features.Get<IExceptionHandlerPathFeature>());

    public async Task OnPostAsync()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        Describe(failure);
        if (DatabaseUnavailable && failure is not null && Request.HasFormContentType)
        {
            var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
            // A password is never written back into a page; a file cannot be.
            if (form.Files.Count == 0 && !form.Keys.Any(k => k.Contains("Password", StringComparison.OrdinalIgnoreCase)))
            {
                ResendTo = RetryUrl;
                ResendFields = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? string.Empty))).ToList();
            }
        }
    }

    private void Describe(IExceptionHandlerPathFeature? failure)
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        // The status (503 for this) is set by the exception handler (Startup/Pipeline).
        DatabaseUnavailable = DatabaseOutage.IsCause(failure?.Error);
        if (failure is not null)
        {
            RetryUrl = Request.PathBase + failure.Path + Request.QueryString;
        }
    }
}
