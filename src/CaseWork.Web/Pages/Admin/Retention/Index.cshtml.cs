using CaseWork.Infrastructure.Retention;
using CaseWork.Web.Retention;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Pages.Admin.Retention;

/// <summary>Retention (gallring): the rule, the last runs with what they deleted and kept, and the two ways to start one.</summary>
[Authorize(Policy = Policies.Administer)]
public class IndexModel(RetentionRunner runner, AuditLog audit, IOptions<RetentionOptions> options) : PageModel
{
    public const int RunsShown = 10;

    public IReadOnlyList<RetentionRun> Runs { get; private set; } = [];

    public int IntervalHours => options.Value.IntervalHours;

    /// <summary>The counts come from the runs: counting the register afresh takes a pass over it (seconds at 500,000).</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Runs = await runner.LatestAsync(RunsShown, cancellationToken);

    /// <summary>Runs the deletion in transactions that are rolled back, logs what would go, and shows who.</summary>
    public async Task<IActionResult> OnPostDryRunAsync(CancellationToken cancellationToken)
    {
        var run = await runner.RunAsync(RetentionTrigger.Administrator, dryRun: true, options.Value.BatchSize, cancellationToken);
        if (run is null)
        {
            TempData["RetentionBusy"] = true;
            return RedirectToPage();
        }

        await audit.WriteAsync(AuditAction.RetentionRun, null, string.Create(CultureInfo.InvariantCulture, $"dry run {run.Id}: {run.People} people"), cancellationToken);
        return RedirectToPage("DryRun", new { run = run.Id });
    }
}
