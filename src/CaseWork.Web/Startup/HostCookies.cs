using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.CookiePolicy;

namespace CaseWork.Web.Startup;

/// <summary>
/// Every cookie the app sets carries the <c>__Host-</c> prefix: Secure, Path=/, no Domain, so no other host or path
/// under the same domain can set or read it. Browsers accept Secure cookies from https and from http://localhost or
/// http://127.0.0.1, which they treat as secure; that is how scripts/run and the browser tests work on plain http.
/// </summary>
public static class HostCookies
{
    public const string Prefix = "__Host-";
    public const string Auth = Prefix + "CaseWork.Auth";
    public const string Antiforgery = Prefix + "CaseWork.Antiforgery";
    public const string TempData = Prefix + "CaseWork.TempData";
    public const string Culture = Prefix + "CaseWork.Culture";

    public static void AddHostCookies(this IServiceCollection services)
    {
        // All cookie schemes, including Identity's external and two-factor cookies.
        services.PostConfigureAll<CookieAuthenticationOptions>(options => OnRootPath(options.Cookie));
        // Antiforgery refuses to run on plain http when told to mark its cookie Secure, so it keeps its default and
        // the cookie policy below marks the cookie Secure instead.
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = Antiforgery;
            options.Cookie.Path = "/";
        });
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = TempData;
            OnRootPath(options.Cookie);
        });
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.Always;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.OnAppendCookie = context =>
            {
                context.CookieOptions.Path = "/";
                context.CookieOptions.Domain = null;
            };
            options.OnDeleteCookie = context =>
            {
                context.CookieOptions.Path = "/";
                context.CookieOptions.Domain = null;
            };
        });
    }

    /// <summary>Secure, HttpOnly, SameSite at least Lax and the root path for every cookie appended after it.</summary>
    public static IApplicationBuilder UseHostCookies(this IApplicationBuilder app) => app.UseCookiePolicy();

    /// <summary>Options for a cookie the app writes itself, such as the language choice.</summary>
    public static CookieOptions Options(TimeSpan lifetime) => new()
    {
        Secure = true,
        Path = "/",
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        IsEssential = true,
        // The browser expires it on its own clock, the real one, even when scripts/test-dates moves the app's.
#pragma warning disable RS0030 // See above: the browser's clock is the machine's, not the app's.
        Expires = TimeProvider.System.GetUtcNow().Add(lifetime),
#pragma warning restore RS0030
    };

    private static void OnRootPath(CookieBuilder cookie)
    {
        cookie.SecurePolicy = CookieSecurePolicy.Always;
        cookie.Path = "/";
        cookie.Domain = null;
        if (cookie.Name?.StartsWith(Prefix, StringComparison.Ordinal) == false)
        {
            cookie.Name = Prefix + cookie.Name;
        }
    }
}
