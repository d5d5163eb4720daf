using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Retention;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Pages.Admin.Retention;

/// <summary>The confirmation before a real run, and the run itself; the status message says what it deleted.</summary>
[Authorize(Policy = Policies.Administer)]
public class RunModel(
    AuditLog audit, TimeProvider clock, IStringLocalizer<SharedResource> localizer,
    RetentionRunner runner, RetentionCandidates candidates, IOptions<RetentionOptions> options, IHostApplicationLifetime lifetime) : PageModel
{
    public RetentionCounts Counts { get; private set; } = new(0, 0, 0);

    public bool AlreadyRunning { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Counts = await candidates.CountAsync(RetentionToday.Of(clock), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Once confirmed, the run goes on if the browser goes away: only stopping the app stops it between batches.
        var run = await runner.RunAsync(RetentionTrigger.Administrator, dryRun: false, options.Value.BatchSize, lifetime.ApplicationStopping);
        if (run is null)
        {
            AlreadyRunning = true;
            await OnGetAsync(cancellationToken);
            return Page();
        }

        await audit.WriteAsync(AuditAction.RetentionRun, null, string.Create(CultureInfo.InvariantCulture, $"run {run.Id}: {run.People} people deleted"), CancellationToken.None);
        var message = run.People == 0
            ? localizer["Retention has run: no files were due, nothing was deleted."]
            : localizer["Retention has run. Files deleted: {0}. Rows: {1}. Kept for research: {2}. Kept because they are in use: {3}.",
                run.People, run.RowsTotal, run.Exempt, run.InUse];
        return this.WithStatusMessage(message, RedirectToPage("Index"));
    }
}
