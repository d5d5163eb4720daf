using Microsoft.Net.Http.Headers;

namespace CaseWork.Web.Startup;

/// <summary>Responses to signed-in users show case data: never kept in a browser or proxy cache.</summary>
public static class CaseDataCaching
{
    // The same value antiforgery sets, so it need not override (and warn about) ours.
    public const string NoStore = "no-cache, no-store";

    public static IApplicationBuilder UseNoStoreForSignedInUsers(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        if (context.User.Identity?.IsAuthenticated == true)
        {
            SetNoStore(response);
        }

        // Checked again as the response starts: a handler or a file result may have set its own caching since, and
        // a response that sets a cookie (signing in, signing out) is as private as the pages behind it.
        response.OnStarting(() =>
        {
            var signedIn = context.User.Identity?.IsAuthenticated == true || response.Headers.SetCookie.Count > 0;
            if (signedIn && !HasNoStore(response))
            {
                SetNoStore(response);
            }

            return Task.CompletedTask;
        });
        return next(context);
    });

    private static bool HasNoStore(HttpResponse response) =>
        CacheControlHeaderValue.TryParse(response.Headers.CacheControl.ToString(), out var value) && value.NoStore;

    private static void SetNoStore(HttpResponse response)
    {
        response.Headers.CacheControl = NoStore;
        response.Headers.Pragma = "no-cache";
    }
}
