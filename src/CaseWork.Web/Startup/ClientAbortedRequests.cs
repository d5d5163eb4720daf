namespace CaseWork.Web.Startup;

/// <summary>
/// A request the client gave up on (a closed tab, a load generator that stops) is not a fault of the app: the
/// cancellation it causes ends the request quietly as 499 (client closed request), logged as information, instead of
/// an error "responded 500" that would hide the real ones. Sits just inside the request log.
/// </summary>
public static class ClientAbortedRequests
{
    public const int ClientClosedRequest = StatusCodes.Status499ClientClosedRequest;

    public static IApplicationBuilder UseClientAbortedRequests(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context);
            }
            catch (Exception ex) when (IsClientAbort(ex, context))
            {
                if (!context.Response.HasStarted)
                {
                    context.Response.StatusCode = ClientClosedRequest;
                }
            }
        });

    /// <summary>Cancelled because the client left: the request's own token fired, whatever layer noticed it first.</summary>
    public static bool IsClientAbort(Exception exception, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException;
    }
}
