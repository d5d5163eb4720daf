namespace CaseWork.Web.Startup;

/// <summary>
/// Administrators and log checkers without an authenticator reach nothing but its set-up (and signing out, the language
/// switch and the error pages) until it is done. Checked on every request from the cookie's claims: turning two-factor
/// on or off changes the security stamp, which <see cref="SessionStampValidator"/> checks on every request, so the
/// claim cannot be stale.
/// </summary>
public static class TwoFactorRequirement
{
    public const string SetupPath = "/Account/TwoFactor";

    private static readonly string[] OpenPaths = [SetupPath, "/Account/Logout", "/Culture", "/Error", "/StatusCode", "/health"];

    public static bool IsMissing(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.IsAuthenticated == true
            && !user.HasClaim(c => c.Type == CaseWorkClaimTypes.TwoFactorEnabled)
            && Roles.All.Any(role => Roles.RequiresTwoFactor(role) && user.IsInRole(role));
    }

    public static IApplicationBuilder UseTwoFactorRequirement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsMissing(context.User) && !OpenPaths.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(SetupPath);
                return;
            }

            await next(context);
        });
}
