namespace CaseWork.Web.Validation;

/// <summary>
/// The one save tail of a form: save the change, and on success leave the status message for the next page and
/// redirect. When a colleague saved the same record first (the concurrency token no longer matches), nothing is
/// saved: the form stays as typed, the conflict message heads the error summary, and the page redraws itself with
/// the colleague's version (their values beside the fields, or their version number, so that saving again is a
/// conscious choice to replace theirs).
/// </summary>
public static class FormSave
{
    /// <summary>The TempData key of the message the layout shows once, on the page redirected to.</summary>
    public const string StatusMessageKey = "StatusMessage";

    /// <param name="page">The page whose form is saved.</param>
    /// <param name="save">The save itself, usually <c>() =&gt; db.SaveChangesAsync(cancellationToken)</c>.</param>
    /// <param name="saved">The status message, read after the save (it may name what the save numbered).</param>
    /// <param name="next">Where to go after a save: a redirect (post-redirect-get).</param>
    /// <param name="conflict">The message at the head of the error summary on a conflict; null when <paramref name="redraw"/> writes its own.</param>
    /// <param name="redraw">Draws the page again after a conflict, with the colleague's version.</param>
    public static async Task<IActionResult> SaveFormAsync(
        this PageModel page,
        Func<Task> save,
        Func<string> saved,
        Func<IActionResult> next,
        string? conflict,
        Func<DbUpdateConcurrencyException, Task<IActionResult>> redraw)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(next);
        ArgumentNullException.ThrowIfNull(redraw);
        try
        {
            await save();
        }
        catch (DbUpdateConcurrencyException ex)
        {
            if (conflict is not null)
            {
                page.ModelState.AddModelError(string.Empty, conflict);
            }

            return await redraw(ex);
        }

        return page.WithStatusMessage(saved(), next());
    }

    /// <summary>
    /// The save tail of a change that no colleague can overwrite unseen (an addition, a setting, a save through
    /// Identity): save, leave the status message, go on. Other refusals of the save (a unique index) are the caller's.
    /// </summary>
    public static async Task<IActionResult> SaveFormAsync(this PageModel page, Func<Task> save, string saved, Func<IActionResult> next)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(save);
        ArgumentNullException.ThrowIfNull(next);
        await save();
        return page.WithStatusMessage(saved, next());
    }

    /// <summary>
    /// The one writer of the status message: leaves it for the page that <paramref name="next"/> leads to, where the
    /// layout shows it once. For an action whose change is already saved, or a redirect that explains itself.
    /// </summary>
    public static IActionResult WithStatusMessage(this PageModel page, string message, IActionResult next)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.TempData[StatusMessageKey] = message;
        return next;
    }

    /// <inheritdoc cref="SaveFormAsync(PageModel, Func{Task}, Func{string}, Func{IActionResult}, string?, Func{DbUpdateConcurrencyException, Task{IActionResult}})"/>
    public static Task<IActionResult> SaveFormAsync(
        this PageModel page, Func<Task> save, string saved, Func<IActionResult> next, string? conflict, Func<DbUpdateConcurrencyException, Task<IActionResult>> redraw) =>
        page.SaveFormAsync(save, () => saved, next, conflict, redraw);

    /// <summary>A conflict that needs nothing read again: the page as posted.</summary>
    public static Func<DbUpdateConcurrencyException, Task<IActionResult>> Redraw(this PageModel page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return _ => Task.FromResult<IActionResult>(page.Page());
    }
}
