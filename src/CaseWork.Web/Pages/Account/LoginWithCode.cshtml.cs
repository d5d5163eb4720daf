using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Microsoft.AspNetCore.Identity;

namespace CaseWork.Web.Pages.Account;

/// <summary>The second sign-in step: the code from the authenticator app.</summary>
[AllowAnonymous]
public class LoginWithCodeModel(
    SignInManager<AppUser> signInManager,
    IStringLocalizer<SharedResource> localizer,
    ILogger<LoginWithCodeModel> logger) : SecondSignInStep(signInManager, localizer, logger)
{
    protected override string EmptyMessage => "Enter the 6-digit code from your authenticator app.";

    protected override string WrongMessage => "The code is not right. Enter the 6-digit code your app shows now.";

    protected override string Normalise(string? code) => AuthenticatorKey.Normalise(code);

    protected override Task<SignInResult> SignInAsync(string code) =>
        SignInManager.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
}
