using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CaseWork.Web.Startup;

/// <summary>
/// Checks the security stamp on every request, so that a changed password, a password set by the administrator or a
/// deactivation ends every other session of that user at its next request. The check is one read of the user by key;
/// rebuilding the claims and renewing the cookie, which costs more, still happens only once per
/// <see cref="SecurityStampValidatorOptions.ValidationInterval"/>.
/// </summary>
public sealed class SessionStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<AppUser> signInManager,
    ILoggerFactory logger) : SecurityStampValidator<AppUser>(options, signInManager, logger)
{
    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        AppUser? user;
        try
        {
            user = await VerifySecurityStamp(context.Principal);
        }
        catch (Exception ex) when (DatabaseOutage.IsCause(ex))
        {
            // Without the database the stamp cannot be read, and nothing else can be either: the request goes on to
            // fail where it needs data, with the page that offers to send again. Rejecting the session here would
            // sign the user out and lose what they were sending. (The authentication result is cached for the
            // request, so a failure thrown here would also fail the error page.)
            Logger.LogWarning(ex, "Security stamp not checked: the database is not answering");
            return;
        }

        if (user is null)
        {
            Logger.LogInformation("Session ended: the user's security stamp has changed");
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            await SignInManager.Context.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
            return;
        }

        var issued = context.Properties.IssuedUtc;
        if (issued is null || TimeProvider.GetUtcNow() - issued.Value > Options.ValidationInterval)
        {
            await SecurityStampVerified(user, context);
        }
    }
}
