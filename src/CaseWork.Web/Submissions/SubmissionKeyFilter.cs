using CaseWork.Infrastructure.Submissions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace CaseWork.Web.Submissions;

/// <summary>
/// Saves a signed-in user's form at most once. A form whose key is already saved (a double click, "send again"
/// after a database fault) is not run again: the user is sent where the first send led, told it was already
/// saved. The key is stored in the same transaction as the form's data (<see cref="PendingSubmission"/>), so a
/// retried commit that did go through is caught too.
/// </summary>
public sealed class SubmissionKeyFilter(
    CaseWorkDbContext db,
    TimeProvider clock,
    IUrlHelperFactory urls,
    ITempDataDictionaryFactory tempData,
    IStringLocalizer<SharedResource> localizer) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var cancellationToken = http.RequestAborted;
        if (!HttpMethods.IsPost(http.Request.Method)
            // The error and status pages show a failed send (which may carry a key) without saving it.
            || http.Features.Get<IExceptionHandlerFeature>() is not null
            || http.Features.Get<IStatusCodeReExecuteFeature>() is not null
            || db.CurrentUser.UserId is not { } userId
            || !http.Request.HasFormContentType
            || !Guid.TryParse((await http.Request.ReadFormAsync(cancellationToken))[SubmissionKeyTagHelper.FieldName], out var key))
        {
            await next();
            return;
        }

        if (await SavedLocationAsync(key, cancellationToken) is { } earlier)
        {
            context.Result = AlreadySaved(context, earlier.Location);
            return;
        }

        var pending = new PendingSubmission(key, userId, clock.GetUtcNow());
        db.Submission = pending;
        var executed = await next();
        db.Submission = null;
        if (executed.Exception is DbUpdateException && !executed.ExceptionHandled && pending.Attached
            && await SavedLocationAsync(key, cancellationToken) is { } sameForm)
        {
            // The same form went through in the meantime (sent twice at once, or a commit retried after it succeeded),
            // so this save broke the key's primary key, or another unique index first.
            executed.Result = AlreadySaved(executed, sameForm.Location);
            executed.ExceptionHandled = true;
            return;
        }

        if (executed.Exception is null && pending.Attached && LocationOf(executed) is { } location)
        {
            await db.FormSubmissions.Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(x => x.Location, location), cancellationToken);
        }
    }

    private async Task<SavedForm?> SavedLocationAsync(Guid key, CancellationToken cancellationToken) =>
        await db.FormSubmissions.AsNoTracking().Where(s => s.Key == key).Select(s => new SavedForm(s.Location)).SingleOrDefaultAsync(cancellationToken);

    private RedirectResult AlreadySaved(FilterContext context, string? location)
    {
        var http = context.HttpContext;
        tempData.GetTempData(http)[FormSave.StatusMessageKey] = localizer["This form was already saved; nothing was saved twice."].Value;
        var here = http.Request.PathBase + http.Request.Path + http.Request.QueryString;
        return new RedirectResult(IsLocal(context, location) ? location! : here);
    }

    /// <summary>Where the handler sends the user after saving, as a local URL; null when it shows a page instead.</summary>
    private string? LocationOf(PageHandlerExecutedContext executed)
    {
        var url = executed.Result switch
        {
            RedirectToPageResult page => urls.GetUrlHelper(executed).Page(page.PageName, page.PageHandler, page.RouteValues, page.Protocol, page.Host, page.Fragment),
            LocalRedirectResult local => local.Url,
            RedirectResult redirect => redirect.Url,
            _ => null,
        };
        return url is { Length: <= 2000 } && IsLocal(executed, url) ? url : null;
    }

    private bool IsLocal(ActionContext context, string? url) => urls.GetUrlHelper(context).IsLocalUrl(url);

    private sealed record SavedForm(string? Location);
}
