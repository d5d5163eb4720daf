using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.Filters;

namespace CaseWork.Web.Startup;

/// <summary>
/// A request other than GET or HEAD that no handler of the page takes (a POST to a page that only shows, or a handler
/// name the page does not have) is answered 405 with the methods the page takes, on every page. Without this Razor
/// Pages renders the page with no handler run, so without its data: a server error, or an empty page that looks saved.
/// Runs after the scope check, so probing another unit's case this way still leaves its audit row.
/// </summary>
public sealed class UnmatchedHandlerFilter : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        var reExecuted = http.Features.Get<IExceptionHandlerFeature>() is not null || http.Features.Get<IStatusCodeReExecuteFeature>() is not null;
        if (context.HandlerMethod is not null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || reExecuted)
        {
            return next();
        }

        var methods = context.ActionDescriptor.HandlerMethods.Select(h => h.HttpMethod.ToUpperInvariant()).Append("GET").Append("HEAD").Distinct();
        http.Response.Headers.Allow = string.Join(", ", methods);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
        return Task.CompletedTask;
    }
}
