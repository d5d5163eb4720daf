using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseWork.Web.Startup;

/// <summary>
/// The sign-in cookie's redirects (to sign in, access denied, signed out, back) name no host: ASP.NET Core builds them
/// from the request's Host header, which the client writes. Every other redirect in the app is already a path. The
/// hosts the app answers to are listed in <c>AllowedHosts</c>; a request for any other is refused with 400.
/// </summary>
public static class RelativeRedirects
{
    public static void MakeRedirectsRelative(this CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var events = options.Events;
        events.OnRedirectToLogin = Relative(events.OnRedirectToLogin);
        events.OnRedirectToAccessDenied = Relative(events.OnRedirectToAccessDenied);
        events.OnRedirectToLogout = Relative(events.OnRedirectToLogout);
        events.OnRedirectToReturnUrl = Relative(events.OnRedirectToReturnUrl);
    }

    /// <summary>The path, query and fragment of an absolute URL; a relative one as it is.</summary>
    public static string PathOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.PathAndQuery + absolute.Fragment
            : url;
    }

    private static Func<RedirectContext<CookieAuthenticationOptions>, Task> Relative(Func<RedirectContext<CookieAuthenticationOptions>, Task> redirect) =>
        context =>
        {
            context.RedirectUri = PathOf(context.RedirectUri);
            return redirect(context);
        };
}
